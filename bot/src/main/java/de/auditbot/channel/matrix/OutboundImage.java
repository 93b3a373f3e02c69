package de.auditbot.channel.matrix;

/**
 * An image to upload to the homeserver's media repository and send as {@code m.image}; in an
 * encrypted room the file is encrypted before the upload.
 *
 * @param body         the text a client shows instead of the image (and screen readers read)
 * @param threadRootId the thread to answer in, or null to answer in the room
 * @param inReplyTo    the message answered inside the thread, or null
 */
public record OutboundImage(String roomId, String body, String fileName, byte[] png, int width, int height,
        String threadRootId, String inReplyTo) {
}
