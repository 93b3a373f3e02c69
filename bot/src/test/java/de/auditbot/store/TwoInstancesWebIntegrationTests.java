package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.AuditbotApplication;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.channel.web.WebChatClient;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationRepository;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.TranscriptEntry;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Two bot instances on one MongoDB behind a load balancer without sticky sessions: turns of one
 * conversation that go to either instance, one after another or at the same moment, all land and
 * none overwrites another (optimistic locking with retry on the conversation document).
 */
class TwoInstancesWebIntegrationTests {

    MongoServer mongo;
    ConfigurableApplicationContext first;
    ConfigurableApplicationContext second;
    WebChatClient one;
    WebChatClient two;

    @BeforeEach
    void start() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        String uri = "mongodb://127.0.0.1:" + mongo.getLocalAddress().getPort() + "/auditbot";
        first = start(uri);
        second = start(uri);
        one = client(first);
        two = client(second);
    }

    @AfterEach
    void stop() {
        second.close();
        first.close();
        mongo.shutdownNow();
    }

    @Test
    void turnsAlternatingBetweenTwoInstancesContinueOneAudit() {
        int total = first.getBean(CatalogRegistry.class).defaultCatalog().questions().size();
        String id = one.open("de").path("id").stringValue();
        two.say(id, "Audit starten");
        for (int i = 1; i <= total; i++) {
            WebChatClient instance = i % 2 == 0 ? one : two;
            JsonNode turn = instance.say(id, "ja");
            assertThat(turn.path("progress").path("answered").intValue()).as("answered after turn %d", i).isEqualTo(i);
        }
        assertThat(one.conversation(id)).as("both instances show the same conversation").isEqualTo(two.conversation(id));
        assertThat(answers(second, id)).hasSize(total);
    }

    @Test
    void turnsSentToBothInstancesAtTheSameMomentAreAllRecorded() throws Exception {
        int total = first.getBean(CatalogRegistry.class).defaultCatalog().questions().size();
        int perInstance = total / 2;
        String id = one.open("de").path("id").stringValue();
        one.say(id, "Audit starten");

        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> senders = new ArrayList<>();
        for (WebChatClient instance : List.of(one, two)) {
            senders.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perInstance; i++) {
                    instance.say(id, "ja");
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> sender : senders) {
            sender.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        List<AnswerRecord> answers = answers(first, id);
        assertThat(answers).as("no lost update").hasSize(2 * perInstance);
        assertThat(answers.stream().map(AnswerRecord::questionId).distinct()).as("no question answered twice")
                .hasSize(2 * perInstance);
        List<TranscriptEntry> transcript = first.getBean(ConversationService.class)
                .transcript(new ConversationKey("web", id));
        assertThat(transcript.stream().filter(entry -> entry.from().equals("user")))
                .as("every message in the transcript").hasSize(1 + 2 * perInstance);
        assertThat(one.conversation(id).path("progress").path("answered").intValue()).isEqualTo(2 * perInstance);
    }

    @Test
    void anInstanceTurnsOnWhatTheOtherInstanceWroteSinceItsOwnLastTurn() {
        String id = one.open("de").path("id").stringValue();
        one.say(id, "Audit starten");
        one.say(id, "ja");

        assertThat(two.say(id, "nein").path("progress").path("answered").intValue()).isEqualTo(2);
        JsonNode turn = one.say(id, "teilweise");

        assertThat(turn.path("progress").path("answered").intValue()).as("answered after the third answer")
                .isEqualTo(3);
        List<AnswerRecord> answers = answers(first, id);
        assertThat(answers.stream().map(a -> a.level().name())).containsExactly("FULFILLED", "NOT_FULFILLED", "PARTIAL");
        assertThat(answers.stream().map(AnswerRecord::questionId).distinct()).hasSize(3);
        List<TranscriptEntry> said = first.getBean(ConversationService.class).transcript(new ConversationKey("web", id))
                .stream().filter(entry -> entry.from().equals("user")).toList();
        assertThat(said.stream().map(TranscriptEntry::text)).containsExactly("Audit starten", "ja", "nein", "teilweise");
    }

    private static ConfigurableApplicationContext start(String mongoUri) {
        return new SpringApplicationBuilder(AuditbotApplication.class).profiles("test")
                .run("--spring.mongodb.uri=" + mongoUri, "--server.port=0");
    }

    private static WebChatClient client(ConfigurableApplicationContext context) {
        return new WebChatClient(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    private static List<AnswerRecord> answers(ConfigurableApplicationContext context, String id) {
        return context.getBean(ConversationRepository.class)
                .findById(new ConversationKey("web", id).storeId()).orElseThrow()
                .audit().orElseThrow().answers();
    }
}
