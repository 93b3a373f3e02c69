package de.auditbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The transcript lives beside the conversation, one document a turn: the conversation document
 * does not grow with what is said, the transcript reads back in order, and a conversation stored
 * the old way (transcript inside) keeps its transcript after the move at start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class TranscriptsTests {

    @Autowired
    ConversationService service;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    LegacyTranscripts legacy;

    @Test
    void theConversationDocumentStaysTheSameSizeWhileTheTranscriptGrows() {
        ConversationKey key = new ConversationKey("script", "long-" + UUID.randomUUID());
        service.start(key, "anna", "de");
        service.handle(new InboundMessage(key, "anna", "Audit starten", null));
        int early = storedSize(key);
        for (int i = 0; i < 30; i++) {
            service.handle(new InboundMessage(key, "anna", "Was bedeutet Prinzip 7? Frage " + i, null));
        }
        assertThat(storedSize(key)).as("conversation document after 30 more turns")
                .isLessThan(early + 500);
        List<TranscriptEntry> transcript = service.transcript(key);
        assertThat(transcript.stream().filter(e -> e.from().equals("user")).map(TranscriptEntry::text))
                .hasSize(31).startsWith("Audit starten").endsWith("Was bedeutet Prinzip 7? Frage 29");
        assertThat(transcript.get(0).from()).as("the greeting comes first").isEqualTo("bot");
        assertThat(service.find(key).orElseThrow().offered()).as("the last reply's quick replies")
                .isEqualTo(transcript.get(transcript.size() - 1).quickReplies());
    }

    @Test
    void aTranscriptKeptInsideTheConversationIsMovedOutAndKept() {
        ConversationKey key = new ConversationKey("script", "old-" + UUID.randomUUID());
        service.start(key, "anna", "de");
        Instant at = Instant.parse("2026-05-04T10:15:30Z");
        List<Document> old = List.of(
                new Document("from", "bot").append("text", "Hallo, ich bin auditbot").append("quickReplies", List.of("Audit starten")).append("at", java.util.Date.from(at)),
                new Document("from", "user").append("senderId", "anna").append("text", "Audit starten").append("quickReplies", List.of()).append("at", java.util.Date.from(at)));
        mongo.getCollection("transcripts").deleteMany(new Document("conversationId", key.storeId()));
        mongo.getCollection("conversations").updateOne(new Document("_id", key.storeId()),
                new Document("$set", new Document(LegacyTranscripts.LEGACY_FIELD, old)));

        assertThat(legacy.move()).isPositive();
        assertThat(legacy.move()).as("moved once").isZero();

        Document stored = mongo.getCollection("conversations").find(new Document("_id", key.storeId())).first();
        assertThat(stored).doesNotContainKey(LegacyTranscripts.LEGACY_FIELD);
        assertThat(service.transcript(key)).extracting(TranscriptEntry::text)
                .containsExactly("Hallo, ich bin auditbot", "Audit starten");
        service.handle(new InboundMessage(key, "anna", "hilfe", null));
        assertThat(service.transcript(key)).as("new turns follow the moved ones").hasSizeGreaterThan(3)
                .first().extracting(TranscriptEntry::text).isEqualTo("Hallo, ich bin auditbot");
    }

    private int storedSize(ConversationKey key) {
        Document stored = mongo.getCollection("conversations").find(new Document("_id", key.storeId())).first();
        return stored.toJson().length();
    }
}
