package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SyncEventsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String GOOD = """
            {"type":"m.room.message","sender":"@alice:localhost","event_id":"$good","origin_server_ts":1,
             "content":{"msgtype":"m.text","body":"ja","events":[1,"two"]}}""";

    @Test
    void aWellFormedResponseIsLeftAsItIs() {
        String body = "{\"next_batch\":\"s2\",\"rooms\":{\"join\":{\"!r:localhost\":{\"timeline\":{\"events\":[" + GOOD
                + "]}}}}}";
        assertThat(SyncEvents.withoutMalformedEvents(body)).isNull();
    }

    @Test
    void eventsThatAreNoObjectsOrHaveNoObjectContentAreLeftOutEverywhereAndTheRestStays() {
        String body = """
                {"next_batch":"s3",
                 "rooms":{"join":{"!r:localhost":{
                    "timeline":{"limited":false,"events":[%s,
                       {"type":"m.room.message","sender":"@alice:localhost","event_id":"$text","content":"ja"},
                       {"type":"m.room.message","sender":"@alice:localhost","event_id":"$list","content":[1]},
                       {"type":"m.room.message","sender":"@alice:localhost","event_id":"$none","content":null},
                       {"type":"m.room.message","sender":"@alice:localhost","event_id":"$missing"},
                       {"type":7,"sender":"@alice:localhost","event_id":"$type","content":{}},
                       {"type":"m.room.name","sender":"@alice:localhost","event_id":"$key","state_key":{},"content":{}},
                       "not an event", 42, null]},
                    "state":{"events":[{"type":"m.room.topic","state_key":"","sender":"@a:localhost","content":true}]}}},
                  "invite":{"!i:localhost":{"invite_state":{"events":[{"type":"m.room.member","state_key":"@auditbot:localhost",
                    "sender":{"$gt":""},"content":{"membership":"invite"}}]}}}},
                 "to_device":{"events":[{"type":"m.room_key","sender":"@a:localhost","content":"x"}]},
                 "presence":{"events":[]}}""".formatted(GOOD);

        JsonNode cleaned = JSON.readTree(SyncEvents.withoutMalformedEvents(body));

        JsonNode timeline = cleaned.path("rooms").path("join").path("!r:localhost").path("timeline");
        assertThat(timeline.path("events")).hasSize(1);
        assertThat(timeline.path("events").get(0)).isEqualTo(JSON.readTree(GOOD));
        assertThat(timeline.path("limited").asBoolean(true)).isFalse();
        assertThat(cleaned.path("rooms").path("join").path("!r:localhost").path("state").path("events")).isEmpty();
        assertThat(cleaned.path("rooms").path("invite").path("!i:localhost").path("invite_state").path("events")).isEmpty();
        assertThat(cleaned.path("to_device").path("events")).isEmpty();
        assertThat(cleaned.path("next_batch").asString()).isEqualTo("s3");
    }

    @Test
    void aResponseThatIsNoJsonObjectIsNotTouched() {
        assertThat(SyncEvents.withoutMalformedEvents("[1,2]")).isNull();
        assertThat(SyncEvents.withoutMalformedEvents("{\"rooms\":")).isNull();
        assertThat(SyncEvents.withoutMalformedEvents("")).isNull();
    }
}
