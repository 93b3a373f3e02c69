package de.auditbot.channel.matrix;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The bot's memory of which events it has taken on and which of them it has answered, so that
 * each is answered once: not twice when the homeserver delivers it again after a restart, and not
 * never when the instance that took it on dies (or loses the Matrix lease) before its answer was
 * sent. Also remembers when the account first started.
 */
class HandledEvents {

    private final HandledEventRepository events;
    private final ChannelStartRepository starts;
    private final MongoOperations mongo;
    private final Clock clock;

    HandledEvents(HandledEventRepository events, ChannelStartRepository starts, MongoOperations mongo, Clock clock) {
        this.events = events;
        this.starts = starts;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** True for the first claim of an event, false for every later one. */
    boolean claim(RoomMessage message) {
        return claim(message, UUID.randomUUID().toString());
    }

    /**
     * True for the first claim of an event, and for a repeat of that claim with the same token (a
     * claim repeated because the store's answer to the first one was lost); false for any other.
     * The event waits for its answer until {@link #answered}.
     */
    boolean claim(RoomMessage message, String token) {
        try {
            events.insert(new HandledEvent(message.eventId(), message.roomId(), clock.instant(), token, message));
            return true;
        } catch (DuplicateKeyException e) {
            return events.findById(message.eventId()).map(event -> token.equals(event.claim())).orElse(false);
        }
    }

    /**
     * Whether the claim is still this handling's: false once a new lease holder has taken the
     * event over, so that a holder that lost the lease in the middle does not answer it as well.
     * A record that is gone was erased (the turn itself may have been "delete my data"), not taken
     * over, so the answer still goes out.
     */
    boolean stillOurs(RoomMessage message, String token) {
        return events.findById(message.eventId()).map(event -> token.equals(event.claim())).orElse(true);
    }

    /** Records that the answer to the event has been sent (handed to the outbox); forgets its text. */
    void answered(RoomMessage message, String token) {
        mongo.updateFirst(query(where("_id").is(message.eventId()).and(HandledEvent.CLAIM).is(token)),
                new Update().unset(HandledEvent.WAITING), HandledEvent.class);
    }

    /**
     * Takes over every event claimed longer ago than the given age and never answered (its handler
     * died or lost the lease before sending), oldest first, each under a new token and claimed
     * now; an event another instance takes over at the same moment is left to it.
     */
    List<HandledEvent> takeOverUnanswered(Duration olderThan) {
        Instant now = clock.instant();
        List<HandledEvent> taken = new ArrayList<>();
        var waiting = query(where(HandledEvent.WAITING).ne(null).and(HandledEvent.AT).lte(now.minus(olderThan)))
                .with(Sort.by(HandledEvent.AT));
        for (HandledEvent event : mongo.find(waiting, HandledEvent.class)) {
            String token = UUID.randomUUID().toString();
            long changed = mongo.updateFirst(query(where("_id").is(event.id()).and(HandledEvent.CLAIM).is(event.claim())),
                    new Update().set(HandledEvent.CLAIM, token).set(HandledEvent.AT, now), HandledEvent.class)
                    .getModifiedCount();
            if (changed == 1) {
                taken.add(new HandledEvent(event.id(), event.roomId(), now, token, event.waiting()));
            }
        }
        return taken;
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
