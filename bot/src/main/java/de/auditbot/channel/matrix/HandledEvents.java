package de.auditbot.channel.matrix;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;

/**
 * The bot's memory of which events it has taken on, so that each is handled at most once, even
 * when the homeserver delivers it again after a restart; and of when the account first started.
 */
class HandledEvents {

    private final HandledEventRepository events;
    private final ChannelStartRepository starts;
    private final Clock clock;

    HandledEvents(HandledEventRepository events, ChannelStartRepository starts, Clock clock) {
        this.events = events;
        this.starts = starts;
        this.clock = clock;
    }

    /** True for the first claim of an event, false for every later one. */
    boolean claim(RoomMessage message) {
        return claim(message, UUID.randomUUID().toString());
    }

    /**
     * True for the first claim of an event, and for a repeat of that claim with the same token (a
     * claim repeated because the store's answer to the first one was lost); false for any other.
     */
    boolean claim(RoomMessage message, String token) {
        try {
            events.insert(new HandledEvent(message.eventId(), message.roomId(), clock.instant(), token));
            return true;
        } catch (DuplicateKeyException e) {
            return events.findById(message.eventId()).map(event -> token.equals(event.claim())).orElse(false);
        }
    }

    /** When this account first started here; recorded on the very first call. */
    Instant firstStart(String userId) {
        return starts.findById(userId).orElseGet(() -> {
            try {
                return starts.insert(new ChannelStart(userId, clock.instant()));
            } catch (DuplicateKeyException e) {
                return starts.findById(userId).orElseThrow();
            }
        }).firstStart();
    }
}
