/**
 * The channel-agnostic conversation core. Channels hand an {@link de.auditbot.conversation.InboundMessage}
 * to {@link de.auditbot.conversation.ConversationService} and render the returned
 * {@link de.auditbot.conversation.Reply} list their way. Conversation state lives in MongoDB,
 * one document per conversation, never only in memory.
 */
package de.auditbot.conversation;
