package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.matrix.StandInChaos.Misbehaviour;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.node.ObjectNode;

/**
 * 500 messages in a room while the homeserver misbehaves at random: sends and syncs fail with
 * 500, are rate-limited with 429 {@code M_LIMIT_EXCEEDED} and a {@code retry_after_ms}, lose their
 * connection before or after the server acted, or answer slowly. Every message is written in a
 * thread, so the bot's reply names the message it answers; in the end every message has exactly
 * one reply (none missing, none twice), in the order of the messages, and the conversation holds
 * each message once.
 */
class MisbehavingHomeserverIntegrationTests {

    static final String ALICE = "@alice:localhost";
    static final int MESSAGES = 500;

    @Test
    void everyOneOf500MessagesIsAnsweredExactlyOnce(@TempDir Path folder) throws Exception {
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        try (StandInHomeserver homeserver = new StandInHomeserver()) {
            homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
            try (ConfigurableApplicationContext bot = MatrixBot.start(homeserver, mongoUri, folder.resolve("trixnity"))) {
                String room = homeserver.createRoom(ALICE, false);
                homeserver.invite(room, ALICE, USER);
                eventually("the bot joins and introduces itself", 30_000,
                        () -> homeserver.messagesFrom(USER, room).size() == 1);
                String root = homeserver.text(room, ALICE, "Hilfe").path("event_id").asString();
                eventually("the first answer", 30_000, () -> homeserver.messagesFrom(USER, room).size() == 2);

                homeserver.chaos.add("PUT", ".*/rooms/.*/send/.*", 0.10, List.of(Misbehaviour.values()));
                homeserver.chaos.add("GET", ".*/v3/sync", 0.10, List.of(Misbehaviour.SERVER_ERROR,
                        Misbehaviour.RATE_LIMITED, Misbehaviour.RESET_BEFORE, Misbehaviour.SLOW));
                List<String> asked = new ArrayList<>();
                for (int i = 0; i < MESSAGES; i++) {
                    asked.add(homeserver.post(room, ALICE, threaded(root, i % 2 == 0 ? "Hilfe" : "Status"))
                            .path("event_id").asString());
                    Thread.sleep(5);
                }
                long started = System.nanoTime();
                try {
                    eventually("a reply to each message", 110_000,
                            () -> homeserver.messagesFrom(USER, room).size() >= 2 + MESSAGES);
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + ": " + (homeserver.messagesFrom(USER, room).size() - 2)
                            + " of " + MESSAGES + " answered; faults " + homeserver.chaos.counts(), e);
                }
                long seconds = (System.nanoTime() - started) / 1_000_000_000;
                Thread.sleep(2_000);

                Map<String, Integer> replies = new LinkedHashMap<>();
                for (ObjectNode reply : homeserver.messagesFrom(USER, room)) {
                    String answered = reply.path("content").path("m.relates_to").path("m.in_reply_to")
                            .path("event_id").asString();
                    if (!answered.isEmpty()) {
                        replies.merge(answered, 1, Integer::sum);
                    }
                }
                assertThat(replies.keySet()).as("answered in the order asked").containsExactlyElementsOf(asked);
                assertThat(replies.values()).as("each answered exactly once").containsOnly(1);
                assertThat(homeserver.messagesFrom(USER, room)).hasSize(2 + MESSAGES);
                long said = bot.getBean(ConversationService.class).transcript(new ConversationKey("matrix", room))
                        .stream().filter(e -> e.from().equals("user")).count();
                assertThat(said).as("each message handled once by the conversation").isEqualTo(1 + MESSAGES);
                for (Misbehaviour way : EnumSet.allOf(Misbehaviour.class)) {
                    assertThat(homeserver.chaos.count(way)).as("faults of kind %s injected", way).isPositive();
                }
                System.out.println("Injected homeserver faults over " + MESSAGES + " messages: " + homeserver.chaos.counts()
                        + "; all answered after " + seconds + " s");
            }
        } finally {
            mongo.close();
        }
    }

    private static ObjectNode threaded(String root, String body) {
        ObjectNode content = StandInHomeserver.object().put("msgtype", "m.text").put("body", body);
        content.putObject("m.relates_to").put("rel_type", "m.thread").put("event_id", root)
                .put("is_falling_back", true).putObject("m.in_reply_to").put("event_id", root);
        return content;
    }
}
