package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import java.util.List;
import java.util.Optional;

/**
 * Matrix has no buttons, so the bot numbers its quick replies; a message that is just one of
 * those numbers means that quick reply.
 */
final class QuickReplyNumbers {

    private QuickReplyNumbers() {
    }

    /** The quick replies of the bot's last message in the conversation. */
    static List<String> offered(Optional<Conversation> conversation) {
        return conversation.map(Conversation::offered).orElse(List.of());
    }

    /** The quick reply the text stands for, or the text itself. */
    static String resolve(String text, List<String> offered) {
        String trimmed = text.strip();
        if (trimmed.endsWith(".") || trimmed.endsWith(")")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        if (!trimmed.matches("\\d{1,2}")) {
            return text;
        }
        int index = Integer.parseInt(trimmed) - 1;
        return index >= 0 && index < offered.size() ? offered.get(index) : text;
    }
}
