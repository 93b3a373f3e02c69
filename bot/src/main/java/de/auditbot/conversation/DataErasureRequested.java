package de.auditbot.conversation;

/**
 * A team confirmed "delete my data": published by the conversation core after the turn, so that
 * the deletion is not undone by the turn's own write.
 *
 * @param teamKey        the team whose history goes
 * @param conversationId the conversation that asked; every conversation of the team goes too
 */
public record DataErasureRequested(String teamKey, String conversationId) {
}
