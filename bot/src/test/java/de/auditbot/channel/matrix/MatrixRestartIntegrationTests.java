package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The bot across restarts: on its very first start it leaves the room's history alone; after a
 * restart it comes back as the same device, answers what was said while it was away, and answers
 * nothing twice.
 */
class MatrixRestartIntegrationTests {

    static final String ALICE = "@alice:localhost";

    @Test
    void afterARestartTheSameDeviceAnswersWhatWasMissedAndNothingTwice(@TempDir Path folder) throws Exception {
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        Path store = folder.resolve("trixnity");
        try (StandInHomeserver homeserver = new StandInHomeserver()) {
            homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
            String room = homeserver.createRoom(ALICE, false);
            homeserver.join(room, USER);
            homeserver.text(room, ALICE, "Audit starten");
            homeserver.text(room, ALICE, "Hallo? Ist da jemand?");

            try (ConfigurableApplicationContext bot = MatrixBot.start(homeserver, mongoUri, store)) {
                Thread.sleep(1500);
                assertThat(homeserver.messagesFrom(USER, room)).as("history from before the first start").isEmpty();
                homeserver.text(room, ALICE, "Hilfe");
                eventually("an answer", 20_000, () -> homeserver.messagesFrom(USER, room).size() == 1);
            }
            homeserver.text(room, ALICE, "Audit starten");

            try (ConfigurableApplicationContext bot = MatrixBot.start(homeserver, mongoUri, store)) {
                eventually("the missed message is answered", 20_000,
                        () -> homeserver.messagesFrom(USER, room).size() >= 2);
                Thread.sleep(1500);
                assertThat(homeserver.messagesFrom(USER, room)).as("each message answered once").hasSize(2);
                assertThat(homeserver.messagesFrom(USER, room).get(1).path("content").path("body").asString())
                        .contains("Frage 1 von");
            }
            assertThat(homeserver.count("POST", ".*/keys/upload")).isPositive();
            assertThat(homeserver.requests.stream().filter(r -> r.path().endsWith("/keys/upload"))
                    .filter(r -> r.body().has("device_keys")).count())
                    .as("device keys uploaded once: the same device came back").isEqualTo(1);
            assertThat(homeserver.count("GET", ".*/account/whoami")).as("the token was needed only once").isEqualTo(1);
        } finally {
            mongo.close();
        }
    }
}
