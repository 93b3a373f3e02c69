package de.auditbot.conversation;

/**
 * A message from a person, as a channel hands it to the conversation core.
 *
 * @param senderId who wrote it, in the channel's terms
 * @param eventId  the channel's id of the message, if it has one
 */
public record InboundMessage(ConversationKey key, String senderId, String text, String eventId) {
}
