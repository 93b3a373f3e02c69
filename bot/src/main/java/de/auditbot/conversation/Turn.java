package de.auditbot.conversation;

import java.util.List;

/**
 * The outcome of one message: the replies, and the state and progress after it.
 */
public record Turn(String conversationId, List<Reply> replies, ConversationState state, Progress progress) {
}
