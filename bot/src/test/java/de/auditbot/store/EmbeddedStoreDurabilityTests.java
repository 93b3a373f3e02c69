package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.InboundMessage;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded store's file holds every acknowledged answer at once, not a second later: a copy
 * of the file taken right after a turn, as a killed process would leave it, contains the turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class EmbeddedStoreDurabilityTests {

    @TempDir
    static Path directory;

    @DynamicPropertySource
    static void h2File(DynamicPropertyRegistry registry) {
        registry.add("auditbot.store.embedded", () -> "h2");
        registry.add("auditbot.store.path", () -> directory.resolve("store.mv.db").toString());
    }

    @Autowired
    ConversationService service;

    @Test
    void anAnswerIsInTheFileAsSoonAsItIsAcknowledged() throws Exception {
        ConversationKey key = new ConversationKey("script", UUID.randomUUID().toString());
        service.start(key, "anna", "de");
        service.handle(new InboundMessage(key, "anna", "Audit starten", null));
        service.handle(new InboundMessage(key, "anna", "teilweise", null));

        Path copy = directory.resolve("copy.mv.db");
        Files.copy(directory.resolve("store.mv.db"), copy);

        MongoServer server = new MongoServer(new H2Backend(copy.toString()));
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            Document conversation = client.getDatabase("auditbot").getCollection("conversations")
                    .find(Filters.eq("_id", key.storeId())).first();
            assertThat(conversation).isNotNull();
            List<?> answers = conversation.get("audit", Document.class).getList("answers", Document.class);
            assertThat(answers).hasSize(1);
            assertThat(((Document) answers.get(0)).getString("text")).isEqualTo("teilweise");
        } finally {
            server.shutdownNow();
        }
    }
}
