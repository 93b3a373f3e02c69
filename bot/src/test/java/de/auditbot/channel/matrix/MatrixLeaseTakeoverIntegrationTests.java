package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.matrix.MatrixChannelLifecycle.LeaseRole;
import de.auditbot.store.Lease;
import de.auditbot.store.Leases;
import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Two bot instances on one MongoDB and one shared Matrix store: only the lease holder opens the
 * store and syncs; when it dies without releasing the lease, the standby takes the lease once it
 * has run out, opens the same store (the same device) and answers, also what was said in between,
 * every message exactly once.
 */
class MatrixLeaseTakeoverIntegrationTests {

    static final String ALICE = "@alice:localhost";
    static final long DURATION_MS = 6_000;
    static final long RENEW_MS = 1_000;
    /** For a machine under load: the SDK alone may take half a minute to open its store there. */
    static final long SLACK_MS = 120_000;

    @Test
    void theStandbyTakesOverFromADeadHolderAndEveryMessageIsAnsweredOnce(@TempDir Path folder) throws Exception {
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        Path sharedStore = folder.resolve("trixnity");
        try (StandInHomeserver homeserver = new StandInHomeserver()) {
            homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
            String room = homeserver.createRoom(ALICE, false);
            homeserver.join(room, USER);

            try (ConfigurableApplicationContext first = MatrixBot.startWithout(homeserver.url(), mongoUri, sharedStore,
                    lease("first"));
                    ConfigurableApplicationContext second = MatrixBot.startWithout(homeserver.url(), mongoUri,
                            sharedStore, lease("second"))) {
                MatrixChannelLifecycle holder = first.getBean(MatrixChannelLifecycle.class);
                MatrixChannelLifecycle standby = second.getBean(MatrixChannelLifecycle.class);
                eventually("the holder syncs", SLACK_MS, () -> homeserver.count("GET", ".*/sync") > 1);
                homeserver.text(room, ALICE, "Hilfe");
                eventually("an answer", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 1);

                sleep(3 * RENEW_MS);
                assertThat(holder.role()).isEqualTo(LeaseRole.HOLDER);
                assertThat(standby.role()).isEqualTo(LeaseRole.STANDBY);
                assertThat(second.getBean(RestartableGateway.class).isOpen())
                        .as("the standby has not opened the Matrix store").isFalse();
                assertThat(health(second).getDetails()).containsEntry("role", "standby");
                assertThat(health(first).getDetails()).containsEntry("role", "holder");
                homeserver.text(room, ALICE, "Audit starten");
                eventually("the holder answers", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 2);

                holder.haltWithoutRelease();
                long died = System.nanoTime();
                assertThat(first.getBean(RestartableGateway.class).isOpen()).as("the dead holder's channel").isFalse();
                assertThat(lease(second).holder()).as("a dead holder releases nothing").isEqualTo("first");
                homeserver.text(room, ALICE, "ja");

                // The lease logic promises DURATION + RENEW; the rest is room for a loaded machine.
                eventually("the standby takes the lease", DURATION_MS + RENEW_MS + 10_000,
                        () -> standby.role() == LeaseRole.HOLDER);
                long takeover = (System.nanoTime() - died) / 1_000_000;
                eventually("the message sent in between is answered", SLACK_MS,
                        () -> homeserver.messagesFrom(USER, room).size() == 3);
                long answered = (System.nanoTime() - died) / 1_000_000;
                System.out.printf("Matrix lease take-over: lease taken after %d ms, first answer after %d ms"
                        + " (lease %d ms, renew %d ms)%n", takeover, answered, DURATION_MS, RENEW_MS);
                assertThat(lease(second).holder()).isEqualTo("second");
                assertThat(health(second).getDetails()).containsEntry("role", "holder");

                homeserver.text(room, ALICE, "ja");
                eventually("the new holder answers", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 4);
                sleep(1_500);
                assertThat(homeserver.messagesFrom(USER, room)).as("each message answered once").hasSize(4);
                assertThat(second.getBean(MongoTemplate.class).getCollection("matrixHandledEvents").countDocuments())
                        .as("handled events in the store").isEqualTo(4);
                assertThat(homeserver.messagesFrom(USER, room).get(3).path("content").path("body").asString())
                        .as("the conversation went on where the dead holder left it").contains("Frage 3 von");
            }
            assertThat(homeserver.requests.stream().filter(r -> r.path().endsWith("/keys/upload"))
                    .filter(r -> r.body().has("device_keys")).count())
                    .as("one device for both instances: the standby opened the shared store").isEqualTo(1);
        } finally {
            mongo.close();
        }
    }

    /** The arguments of a bot instance that competes for the lease under the given name. */
    static String[] lease(String holderId) {
        return new String[] {"--auditbot.matrix.lease.duration=" + DURATION_MS + "ms",
                "--auditbot.matrix.lease.renew-interval=" + RENEW_MS + "ms",
                "--auditbot.matrix.lease.holder-id=" + holderId};
    }

    private static Lease lease(ConfigurableApplicationContext context) {
        return context.getBean(Leases.class).find(MatrixLease.NAME).orElseThrow();
    }

    private static Health health(ConfigurableApplicationContext context) {
        return context.getBean(MatrixHealthIndicator.class).health();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
