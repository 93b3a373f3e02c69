package de.auditbot.channel.matrix;

/**
 * A notice to send: a plain body and its HTML twin ({@code org.matrix.custom.html}).
 *
 * @param threadRootId the thread to answer in, or null to answer in the room
 * @param inReplyTo    the message answered inside the thread (the thread fallback for clients
 *                     without threads), or null
 */
public record OutboundNotice(String roomId, String body, String html, String threadRootId, String inReplyTo) {
}
