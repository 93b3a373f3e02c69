package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.fuzz.FuzzJson;
import de.auditbot.fuzz.FuzzText;
import de.auditbot.fuzz.ReportMarkup;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated hostile events delivered the real way, in the stand-in homeserver's sync JSON through
 * Trixnity: bodies of every type, missing or odd message types, markup in {@code formatted_body},
 * broken relations and mentions, unknown fields, a megabyte of text, contents that are no object at
 * all. The sync goes
 * on, every notice's HTML holds only the bot's markup, and the bot still answers afterwards.
 */
class MatrixSyncFuzzIntegrationTests extends AgainstOneDeployment {

    static final String ALICE = "@alice:localhost";
    static final long SEED = Long.getLong("auditbot.fuzz.seed", 20_261_129L);
    static final int EVENTS = Integer.getInteger("auditbot.fuzz.sync-events", 120);

    @Test
    void hostileEventsNeitherStopTheSyncNorReachTheHtml() {
        String room = homeserver.createRoom(ALICE, false);
        homeserver.invite(room, ALICE, USER);
        eventually("the bot joins", 20_000, () -> homeserver.state.room(room).joined.contains(USER));
        eventually("the introduction", 20_000, () -> !homeserver.messagesFrom(USER, room).isEmpty());
        Random random = new Random(SEED);
        FuzzText text = new FuzzText(random);
        FuzzJson json = new FuzzJson(random);
        for (int i = 0; i < EVENTS; i++) {
            homeserver.post(room, ALICE, content(random, text, json));
        }
        homeserver.text(room, ALICE, "Hilfe");
        int[] seen = {-1};
        eventually("the answers to every message", 240_000, () -> {
            List<ObjectNode> all = homeserver.messagesFrom(null, room);
            boolean quiet = all.size() == seen[0] && USER.equals(all.get(all.size() - 1).path("sender").asString());
            seen[0] = all.size();
            sleep();
            return quiet;
        });
        List<ObjectNode> notices = homeserver.messagesFrom(USER, room);
        notices.forEach(n -> ReportMarkup.assertOnlyOwnMarkup(n.path("content").path("formatted_body").asString()));
        System.out.printf("Matrix sync fuzz: seed %d, %d events through the sync, %d notices%n", SEED, EVENTS,
                notices.size());
        assertThat(notices.size()).as("the introduction, answers and the last reply").isGreaterThan(2);
    }

    private static void sleep() {
        try {
            Thread.sleep(3_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The content of one room message event, hostile in one of several ways. */
    private static JsonNode content(Random random, FuzzText text, FuzzJson json) {
        String raw = switch (random.nextInt(9)) {
            case 0, 1 -> "{\"msgtype\":\"m.text\",\"body\":" + json.string(text.next()) + "}";
            case 2 -> "{\"msgtype\":\"m.text\",\"body\":" + json.value(2) + "}";
            case 3 -> "{\"msgtype\":" + json.value(1) + ",\"body\":\"ja\"}";
            case 4 -> "{\"msgtype\":\"m.text\",\"body\":" + json.string(text.pick(FuzzText.MARKUP))
                    + ",\"format\":\"org.matrix.custom.html\",\"formatted_body\":" + json.string(text.pick(FuzzText.MARKUP)) + "}";
            case 5 -> "{\"msgtype\":\"m.text\",\"body\":\"!audit ja\",\"m.relates_to\":" + json.value(2)
                    + ",\"m.mentions\":" + json.value(2) + "}";
            case 6 -> random.nextInt(10) == 0 ? "{\"msgtype\":\"m.text\",\"body\":" + json.string(text.huge()) + "}"
                    : "{\"body\":\"ja\"}";
            // Not an object at all: Trixnity cannot read such a batch, so the bot leaves these events out.
            case 7 -> text.pick(List.of("\"ja\"", "[\"ja\"]", "null", "42", "true", "[]", "\"\""));
            default -> "{\"msgtype\":\"m.text\",\"body\":\"!audit ja\"," + json.string(text.next()) + ":" + json.value(2) + "}";
        };
        return StandInState.JSON.readTree(raw);
    }
}
