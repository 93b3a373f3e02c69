package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static de.auditbot.channel.matrix.MatrixLeaseTakeoverIntegrationTests.ALICE;
import static de.auditbot.channel.matrix.MatrixLeaseTakeoverIntegrationTests.SLACK_MS;
import static de.auditbot.channel.matrix.MatrixLeaseTakeoverIntegrationTests.lease;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.matrix.MatrixChannelLifecycle.LeaseRole;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lease holder dies after it has taken on a message but before its answer is sent (its turn
 * is held up inside the conversation core): the standby, once it holds the lease, answers that
 * message, once, and the conversation goes on from there.
 */
class MatrixLeaseLostMidTurnIntegrationTests {

    @Test
    void aMessageTakenOnByAHolderThatDiesBeforeItsTurnIsAnsweredByTheStandbyOnce(@TempDir Path folder)
            throws Exception {
        TurnsHeldOnce.reset(true);
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        Path sharedStore = folder.resolve("trixnity");
        try (StandInHomeserver homeserver = new StandInHomeserver()) {
            homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
            String room = homeserver.createRoom(ALICE, false);
            homeserver.join(room, USER);
            try (ConfigurableApplicationContext first = MatrixBot.startWithout(new Class<?>[] {TurnsHeldOnce.class},
                    homeserver.url(), mongoUri, sharedStore, lease("first"));
                    ConfigurableApplicationContext second = MatrixBot.startWithout(homeserver.url(), mongoUri,
                            sharedStore, lease("second"))) {
                MatrixChannelLifecycle holder = first.getBean(MatrixChannelLifecycle.class);
                MatrixChannelLifecycle standby = second.getBean(MatrixChannelLifecycle.class);
                eventually("the holder syncs", SLACK_MS, () -> homeserver.count("GET", ".*/sync") > 1);
                assertThat(holder.role()).isEqualTo(LeaseRole.HOLDER);
                homeserver.text(room, ALICE, "Hilfe");
                eventually("the greeting", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 1);
                homeserver.text(room, ALICE, "Audit starten");
                eventually("the first question", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 2);

                homeserver.text(room, ALICE, TurnsHeldOnce.TEXT);
                assertThat(TurnsHeldOnce.reached.await(SLACK_MS, TimeUnit.MILLISECONDS))
                        .as("the holder took the message on").isTrue();
                assertThat(waiting(second)).as("taken on, not answered").hasSize(1);
                holder.haltWithoutRelease();

                eventually("the standby takes the lease", SLACK_MS, () -> standby.role() == LeaseRole.HOLDER);
                // Well before the two minutes after which a running holder takes over an abandoned claim:
                // the new holder answers it as it starts.
                eventually("the standby answers the message", 80_000,
                        () -> homeserver.messagesFrom(USER, room).size() == 3);
                ObjectNode answer = homeserver.messagesFrom(USER, room).get(2);
                assertThat(answer.path("content").path("body").asString()).contains("Notiert: nicht erfüllt")
                        .contains("Frage 2 von");
                assertThat(answer.path("content").path("m.relates_to").isMissingNode()).isTrue();

                homeserver.text(room, ALICE, "ja");
                eventually("the next answer", SLACK_MS, () -> homeserver.messagesFrom(USER, room).size() == 4);
                Thread.sleep(2_000);
                assertThat(homeserver.messagesFrom(USER, room)).as("each message answered once").hasSize(4);
                assertThat(homeserver.messagesFrom(USER, room).get(3).path("content").path("body").asString())
                        .contains("Frage 3 von");
                assertThat(waiting(second)).as("nothing waits for an answer").isEmpty();
                long said = second.getBean(ConversationService.class).transcript(new ConversationKey("matrix", room))
                        .stream().filter(e -> e.from().equals("user")).count();
                assertThat(said).as("each message once in the conversation").isEqualTo(4);
            } finally {
                TurnsHeldOnce.released.countDown();
            }
        } finally {
            mongo.close();
        }
    }

    static List<Document> waiting(ConfigurableApplicationContext context) {
        return context.getBean(MongoTemplate.class).getCollection("matrixHandledEvents")
                .find(new Document("waiting", new Document("$ne", null))).into(new java.util.ArrayList<>());
    }
}
