package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.AuditbotApplication;
import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.channel.web.WebChatClient;
import de.auditbot.channel.web.WebChatClient.Response;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationRepository;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Nothing of a conversation lives only in memory: answer some questions, close the application,
 * start a new one on the same store, and the audit goes on at the same question with every answer
 * and every line of the transcript still there. Once against a MongoDB-wire server the test runs
 * itself (as a real MongoDB would be), once against the zero-installation default, the embedded
 * server with its H2 file.
 *
 * <p>The settings are passed as command-line arguments: they must win over application.yaml
 * ({@code server.port: ${PORT:8080}}, {@code spring.mongodb.uri: ${MONGODB_URI:}}) and over
 * application-test.yaml ({@code auditbot.store.embedded: memory}), which default properties
 * would not.
 */
class RestartIntegrationTests {

    static final String BASE = WebChatClient.BASE;

    @Test
    void anAuditContinuesAtTheSameQuestionOnTheSameMongoDbAfterARestart() {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        try {
            String uri = "--spring.mongodb.uri=mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/auditbot";
            answerRestartAndContinue(false, uri);
        } finally {
            mongo.shutdownNow();
        }
    }

    @Test
    void aPausedAuditResumesAfterARestartOnTheEmbeddedH2File(@TempDir Path folder) {
        Path file = folder.resolve("store.mv.db");
        answerRestartAndContinue(true, "--spring.mongodb.uri=", "--auditbot.store.embedded=h2",
                "--auditbot.store.path=" + file);
        assertThat(file).as("the embedded store keeps its data in the file").exists();
        assertThat(size(file)).isPositive();
    }

    @Test
    void whenTheStoreGoesAwayHealthIsDownAndTheApiAnswers503NotA500() {
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        try (ConfigurableApplicationContext context = start("--spring.mongodb.uri=mongodb://127.0.0.1:"
                + mongo.getLocalAddress().getPort() + "/auditbot?serverSelectionTimeoutMS=1500&connectTimeoutMS=1000")) {
            WebChatClient api = client(context);
            String id = api.open("de").path("id").stringValue();
            api.say(id, "Audit starten");

            mongo.shutdownNow();

            Response health = api.get("/actuator/health");
            assertThat(health.status()).as("%s", health).isEqualTo(503);
            assertThat(health.json().path("status").stringValue()).isEqualTo("DOWN");
            Response message = api.postJson(BASE + "/" + id + "/messages", "{\"text\":\"ja\"}");
            assertThat(message.status()).as("%s", message).isEqualTo(503);
            assertThat(message.header("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            Response open = api.postJson(BASE, "{}");
            assertThat(open.status()).as("%s", open).isEqualTo(503);
        } finally {
            mongo.shutdownNow();
        }
    }

    /**
     * Answers every question of the first principle and the first one of the second, optionally
     * pauses, restarts the application on the same store, and answers the next question.
     */
    private void answerRestartAndContinue(boolean pause, String... store) {
        String id;
        JsonNode conversationBefore;
        JsonNode resultBefore;
        List<AnswerRecord> answersBefore;
        Principle second;
        List<String> words = List.of("ja", "teilweise", "nein", "weiß nicht", "trifft nicht zu");
        try (ConfigurableApplicationContext first = start(store)) {
            Catalog catalog = first.getBean(CatalogRegistry.class).defaultCatalog();
            Principle principle = catalog.principles().get(0);
            second = catalog.principles().get(1);
            WebChatClient api = client(first);
            id = api.open("de").path("id").stringValue();
            api.say(id, "Audit starten");
            for (int i = 0; i < principle.questions().size(); i++) {
                api.say(id, words.get(i % words.size()));
            }
            JsonNode turn = api.say(id, "ja");
            assertThat(turn.path("progress").path("principle").intValue()).isEqualTo(second.number());
            assertThat(text(turn)).contains("Frage 2 von " + second.questions().size() + " zu Prinzip " + second.number());
            if (pause) {
                assertThat(api.say(id, "Pause").path("state").stringValue()).isEqualTo("PAUSED");
            }
            conversationBefore = api.conversation(id);
            resultBefore = api.result(id);
            answersBefore = answers(first, id);
            assertThat(answersBefore).hasSize(principle.questions().size() + 1);
        }

        try (ConfigurableApplicationContext again = start(store)) {
            WebChatClient api = client(again);

            JsonNode conversation = api.conversation(id);
            assertThat(conversation.path("state")).isEqualTo(conversationBefore.path("state"));
            assertThat(conversation.path("progress")).isEqualTo(conversationBefore.path("progress"));
            assertThat(conversation.path("transcript")).as("the whole transcript")
                    .isEqualTo(conversationBefore.path("transcript"));
            assertThat(conversation.path("catalog")).isEqualTo(conversationBefore.path("catalog"));
            assertThat(api.result(id)).as("the result so far").isEqualTo(resultBefore);
            assertThat(answers(again, id)).as("every stored answer").isEqualTo(answersBefore);

            if (pause) {
                JsonNode resumed = api.say(id, "weiter");
                assertThat(resumed.path("state").stringValue()).isEqualTo("AUDIT");
                assertThat(text(resumed)).contains("Frage 2 von " + second.questions().size()
                        + " zu Prinzip " + second.number());
            }
            int answered = conversationBefore.path("progress").path("answered").intValue();
            JsonNode next = api.say(id, "nein");
            assertThat(text(next)).contains("Notiert: nicht erfüllt.")
                    .contains("Frage 3 von " + second.questions().size() + " zu Prinzip " + second.number());
            assertThat(next.path("progress").path("answered").intValue()).isEqualTo(answered + 1);

            List<AnswerRecord> answers = answers(again, id);
            assertThat(answers).hasSize(answersBefore.size() + 1).startsWith(answersBefore.toArray(AnswerRecord[]::new));
            AnswerRecord latest = answers.get(answers.size() - 1);
            assertThat(latest.questionId()).as("the answer went to the question asked before the restart")
                    .isEqualTo(second.questions().get(1).id());
            assertThat(latest.level()).isEqualTo(AnswerLevel.NOT_FULFILLED);
            assertThat(latest.text()).isEqualTo("nein");
            assertThat(api.result(id).path("overall").path("answered").intValue())
                    .isEqualTo(resultBefore.path("overall").path("answered").intValue() + 1);
        }
    }

    private static ConfigurableApplicationContext start(String... store) {
        List<String> args = new ArrayList<>(List.of(store));
        args.add("--server.port=0");
        return new SpringApplicationBuilder(AuditbotApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
    }

    private static WebChatClient client(ConfigurableApplicationContext context) {
        return new WebChatClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static List<AnswerRecord> answers(ConfigurableApplicationContext context, String id) {
        return context.getBean(ConversationRepository.class)
                .findById(new ConversationKey("web", id).storeId()).orElseThrow()
                .audit().orElseThrow().answers();
    }

    private static String text(JsonNode turn) {
        StringBuilder text = new StringBuilder();
        turn.path("messages").forEach(m -> text.append(m.path("text").stringValue()).append('\n'));
        return text.toString();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
