package de.auditbot.channel.matrix;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A Matrix event the bot has taken on. Its id is the event id, so a second claim of the same
 * event fails on the store's unique {@code _id}, also after a restart.
 *
 * @param at      when it was (last) claimed
 * @param claim   who took it on: a token of one handling of the event, so that the same handling
 *                can claim it again after a write whose answer was lost when the store went down,
 *                and so that a new lease holder can take over a handling that never finished
 * @param waiting the message while its answer has not been sent yet, so that whoever holds the
 *                Matrix channel next can answer it; null once answered (and in records from before
 *                it was kept)
 */
@Document("matrixHandledEvents")
record HandledEvent(@Id String id, String roomId, Instant at, String claim, RoomMessage waiting) {

    static final String AT = "at";
    static final String CLAIM = "claim";
    static final String WAITING = "waiting";
}
