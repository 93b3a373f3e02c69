package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;

import de.auditbot.store.StandInStore;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A homeserver that is not there when the bot starts: the bot starts all the same (its web channel
 * is not held up), Matrix health turns DOWN after a while, and once the homeserver appears the channel
 * connects by itself and answers.
 */
class UnreachableHomeserverIntegrationTests {

    @Test
    void theBotStartsWithoutItsHomeserverAndConnectsWhenItAppears(@TempDir Path folder) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        try (ConfigurableApplicationContext bot = MatrixBot.startWithout("http://127.0.0.1:" + port, mongoUri,
                folder.resolve("trixnity"))) {
            MatrixHealthIndicator health = bot.getBean(MatrixHealthIndicator.class);
            eventually("Matrix health is DOWN", 20_000, () -> health.health().getStatus().equals(Status.DOWN));

            try (StandInHomeserver homeserver = new StandInHomeserver(port)) {
                homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
                String room = homeserver.createRoom("@alice:localhost", false);
                homeserver.invite(room, "@alice:localhost", USER);
                eventually("the bot joins and introduces itself", 60_000,
                        () -> !homeserver.messagesFrom(USER, room).isEmpty());
                eventually("Matrix health is UP", 20_000, () -> health.health().getStatus().equals(Status.UP));
            }
        } finally {
            mongo.close();
        }
    }
}
