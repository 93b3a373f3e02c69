package de.auditbot.channel.matrix;

import java.time.Instant;

/**
 * A text message someone else wrote in a room the bot is in.
 *
 * @param body          the plain text, or null when the message could not be decrypted
 * @param threadRootId  the thread the message belongs to, or null outside a thread
 * @param mentionsBot   true when the message mentions the bot in its {@code m.mentions}
 * @param direct        true in a direct chat (a room of the bot and one person)
 * @param undecryptable true when the message was encrypted and no key arrived in time
 */
public record RoomMessage(String roomId, String eventId, String sender, Instant sentAt, String body,
        String threadRootId, boolean mentionsBot, boolean direct, boolean undecryptable) {
}
