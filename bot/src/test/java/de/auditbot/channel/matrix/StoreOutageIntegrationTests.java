package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.channel.web.WebChatClient;
import de.auditbot.channel.web.WebChatClient.Response;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store stops in the middle of conversations on the web and in a Matrix room, and comes back
 * on the same port with the same data. While it is down, the API answers 503 with a problem detail
 * within the configured store timeout, the Matrix messages that arrive wait (no reply, no error,
 * the sync goes on), and nothing crashes. Once it is back, the waiting messages are answered in
 * order, each once, the web conversation continues, and every answer from before is still there.
 */
class StoreOutageIntegrationTests {

    static final String ALICE = "@alice:localhost";

    @Test
    void whileTheStoreIsDownTheApiAnswers503AndMatrixRepliesWaitThenEverythingContinues(@TempDir Path folder)
            throws Exception {
        Path file = folder.resolve("store.mv.db");
        int port = freePort();
        MongoServer store = startStore(file, port);
        StandInHomeserver homeserver = new StandInHomeserver();
        homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
        try (homeserver; ConfigurableApplicationContext bot = MatrixBot.start(homeserver,
                "mongodb://127.0.0.1:" + port + "/auditbot", folder.resolve("trixnity"), "--auditbot.store.timeout=1s")) {
            WebChatClient api = new WebChatClient(((WebServerApplicationContext) bot).getWebServer().getPort());
            String id = api.open("de").path("id").stringValue();
            api.say(id, "Audit starten");
            api.say(id, "ja");
            JsonNode webBefore = api.conversation(id);

            String room = homeserver.createRoom(ALICE, false);
            homeserver.invite(room, ALICE, USER);
            eventually("the bot joins and introduces itself", 30_000,
                    () -> homeserver.messagesFrom(USER, room).size() == 1);
            homeserver.text(room, ALICE, "1");
            awaitBotMessages(homeserver, room, 2);
            homeserver.text(room, ALICE, "ja");
            awaitBotMessages(homeserver, room, 3);

            store.shutdownNow();

            long started = System.nanoTime();
            Response refused = api.postJson(WebChatClient.BASE + "/" + id + "/messages", "{\"text\":\"teilweise\"}");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(refused.status()).as("%s", refused).isEqualTo(503);
            assertThat(refused.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(refused.json().path("detail").stringValue())
                    .contains("store cannot be reached").contains("Nothing was changed");
            assertThat(millis).as("answered within the store timeout, not the driver's 30 s").isLessThan(10_000);
            assertThat(api.get(WebChatClient.BASE + "/" + id).status()).isEqualTo(503);
            assertThat(api.get("/actuator/health").status()).isEqualTo(503);

            homeserver.text(room, ALICE, "teilweise");
            homeserver.text(room, ALICE, "nein");
            long syncs = homeserver.count("GET", ".*/sync");
            Thread.sleep(3_000);
            assertThat(homeserver.messagesFrom(USER, room)).as("replies wait for the store").hasSize(3);
            assertThat(homeserver.count("GET", ".*/sync")).as("the sync goes on").isGreaterThan(syncs);
            assertThat(bot.isRunning()).isTrue();

            store = startStore(file, port);

            awaitBotMessages(homeserver, room, 5);
            Thread.sleep(1_000);
            List<ObjectNode> replies = homeserver.messagesFrom(USER, room);
            assertThat(replies).as("each waiting message answered once").hasSize(5);
            assertThat(body(replies.get(3))).contains("Notiert: teilweise erfüllt.", "Frage 3 von");
            assertThat(body(replies.get(4))).contains("Notiert: nicht erfüllt.", "Frage 4 von");
            List<AnswerRecord> roomAnswers = bot.getBean(ConversationService.class)
                    .find(new ConversationKey("matrix", room)).orElseThrow().audit().orElseThrow().answers();
            assertThat(roomAnswers).extracting(AnswerRecord::level).containsExactly(AnswerLevel.FULFILLED,
                    AnswerLevel.PARTIAL, AnswerLevel.NOT_FULFILLED);

            JsonNode next = api.say(id, "teilweise");
            assertThat(next.path("messages").get(0).path("text").stringValue()).contains("Notiert: teilweise erfüllt.");
            assertThat(next.path("progress").path("answered").intValue()).isEqualTo(2);
            JsonNode webAfter = api.conversation(id);
            assertThat(entries(webAfter).subList(0, entries(webBefore).size())).as("nothing lost on the web")
                    .isEqualTo(entries(webBefore));
            assertThat(entries(webAfter)).as("the refused message left no trace")
                    .hasSize(entries(webBefore).size() + 2);
            assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        } finally {
            store.shutdownNow();
        }
    }

    private static MongoServer startStore(Path file, int port) {
        MongoServer server = new MongoServer(new H2Backend(file.toString()));
        server.bind("127.0.0.1", port);
        return server;
    }

    private static void awaitBotMessages(StandInHomeserver homeserver, String room, int count) {
        eventually(count + " messages of the bot in " + room, 30_000,
                () -> homeserver.messagesFrom(USER, room).size() >= count);
    }

    private static String body(ObjectNode event) {
        return event.path("content").path("body").asString();
    }

    private static List<JsonNode> entries(JsonNode conversation) {
        List<JsonNode> out = new ArrayList<>();
        conversation.path("transcript").forEach(out::add);
        return out;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
