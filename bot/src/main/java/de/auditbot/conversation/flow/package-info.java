/**
 * The dialog itself: a state machine over the conversation states (menu, audit, confirmation,
 * pause, result) that turns understood messages into changes of the conversation and replies.
 * It speaks only through message keys of the dialog texts and knows no channel.
 *
 * <p>Beyond one audit, {@code TeamCommands} handles what reads the team history: check-ins,
 * history, reports, "why" and the choice of catalog; {@code PrivacySteps} the deletion request.
 */
package de.auditbot.conversation.flow;
