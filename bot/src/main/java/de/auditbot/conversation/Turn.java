package de.auditbot.conversation;

import java.util.List;

/**
 * The outcome of one message: the replies, and the state, progress and language after it.
 *
 * @param language the conversation's language after the message, which a message may switch
 */
public record Turn(String conversationId, List<Reply> replies, ConversationState state, Progress progress,
        String language) {
}
