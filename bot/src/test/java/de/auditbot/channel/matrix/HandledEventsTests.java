package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The record of handled events against the embedded store: a claimed message waits for its answer
 * until it is recorded as answered; a claim left unanswered is taken over once it is old enough,
 * under a new token, so that its first handler no longer counts as its owner.
 */
@SpringBootTest
@ActiveProfiles("test")
class HandledEventsTests {

    @Autowired HandledEventRepository events;
    @Autowired ChannelStartRepository starts;
    @Autowired MongoTemplate mongo;

    private Instant now = Instant.parse("2026-11-29T06:00:00Z");

    private HandledEvents handled() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new HandledEvents(events, starts, mongo, clock);
    }

    @Test
    void aClaimedMessageWaitsForItsAnswerUntilItIsAnswered() {
        HandledEvents handled = handled();
        RoomMessage message = message("ja");
        assertThat(handled.claim(message, "token-1")).isTrue();
        assertThat(handled.claim(message, "token-1")).as("the same handling, after a lost store answer").isTrue();
        assertThat(handled.claim(message, "token-2")).as("another handling").isFalse();
        assertThat(waiting(message)).as("the message kept for the next holder").isEqualTo(message);

        handled.answered(message, "token-1");
        assertThat(waiting(message)).as("nothing of the text kept once answered").isNull();
        now = now.plus(Duration.ofHours(1));
        assertThat(mine(handled.takeOverUnanswered(Duration.ZERO), message)).isEmpty();
        assertThat(handled.claim(message, "token-3")).as("still handled, for good").isFalse();
    }

    @Test
    void anUnansweredClaimIsTakenOverOnceItIsOldEnoughAndItsFirstHandlerLosesIt() {
        HandledEvents handled = handled();
        RoomMessage message = message("nein");
        handled.claim(message, "first");
        now = now.plus(Duration.ofSeconds(30));
        assertThat(mine(handled.takeOverUnanswered(Duration.ofMinutes(2)), message)).as("not old enough").isEmpty();

        now = now.plus(Duration.ofMinutes(2));
        List<HandledEvent> taken = mine(handled.takeOverUnanswered(Duration.ofMinutes(2)), message);
        assertThat(taken).hasSize(1);
        HandledEvent event = taken.get(0);
        assertThat(event.waiting()).isEqualTo(message);
        assertThat(event.claim()).isNotEqualTo("first");
        assertThat(handled.stillOurs(message, "first")).as("the first handler lost it").isFalse();
        assertThat(handled.stillOurs(message, event.claim())).isTrue();
        assertThat(mine(handled.takeOverUnanswered(Duration.ofMinutes(2)), message))
                .as("claimed anew, so not taken again at once").isEmpty();

        handled.answered(message, "first");
        assertThat(waiting(message)).as("the first handler cannot mark it answered").isEqualTo(message);
        handled.answered(message, event.claim());
        assertThat(waiting(message)).isNull();
    }

    @Test
    void aClaimWhoseRecordWasErasedInItsOwnTurnStillGetsItsAnswer() {
        HandledEvents handled = handled();
        RoomMessage message = message("Ja, alles löschen");
        handled.claim(message, "mine");
        events.deleteByRoomId(message.roomId());
        assertThat(handled.stillOurs(message, "mine")).isTrue();
        handled.answered(message, "mine");
        assertThat(events.findById(message.eventId())).as("answering brings no record back").isEmpty();
    }

    private RoomMessage message(String body) {
        return new RoomMessage("!room:localhost", "$" + UUID.randomUUID(), "@alice:localhost", now, body, null, false,
                true, false);
    }

    private RoomMessage waiting(RoomMessage message) {
        return events.findById(message.eventId()).orElseThrow().waiting();
    }

    private static List<HandledEvent> mine(List<HandledEvent> taken, RoomMessage message) {
        return taken.stream().filter(e -> e.id().equals(message.eventId())).toList();
    }
}
