package de.auditbot.conversation;

import java.util.List;

/**
 * What the bot says: a text, the answers offered as buttons, and where the audit stands.
 * Channels render it their way; the text is plain, with line breaks.
 */
public record Reply(String text, List<String> quickReplies, Progress progress) {

    public Reply {
        quickReplies = List.copyOf(quickReplies);
    }
}
