/**
 * The dialog itself: a state machine over the conversation states (menu, audit, confirmation,
 * pause, result) that turns understood messages into changes of the conversation and replies.
 * It speaks only through message keys of the dialog texts and knows no channel.
 */
package de.auditbot.conversation.flow;
