package de.auditbot.channel.matrix;

/**
 * An invite of the bot into a room.
 *
 * @param inviter who sent the invite
 */
public record RoomInvite(String roomId, String inviter) {
}
