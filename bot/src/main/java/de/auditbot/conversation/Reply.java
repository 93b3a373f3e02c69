package de.auditbot.conversation;

import java.util.List;

/**
 * What the bot says: a text, the answers offered as buttons, and where the audit stands.
 * Channels render it their way; the text is plain, with line breaks. A reply that presents a
 * result also carries it as data, so that a channel can draw tables or charts instead of text.
 *
 * @param result the result this reply presents, or null
 */
public record Reply(String text, List<String> quickReplies, Progress progress, ResultView result) {

    public Reply {
        quickReplies = List.copyOf(quickReplies);
    }

    public Reply(String text, List<String> quickReplies, Progress progress) {
        this(text, quickReplies, progress, null);
    }
}
