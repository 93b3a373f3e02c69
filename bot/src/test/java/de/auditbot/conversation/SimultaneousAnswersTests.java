package de.auditbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two members of a team answer at the very same moment, 1,000 times (a barrier releases both
 * threads together for every round), through the conversation core and the embedded store over
 * TCP. Audits fill up after 38 rounds, so the rounds run through as many conversations as they
 * need. For every conversation: no answer is lost or doubled, every answer went to the next open
 * question in catalog order with its own sender and words, the transcript is one clean sequence
 * of message and reply (no two messages interleaved), each turn saw a distinct count of answered
 * questions, and the document's version counts exactly one write per turn.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class SimultaneousAnswersTests {

    private static final int ROUNDS = 1_000;

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @Autowired
    CatalogRegistry catalogs;

    @Autowired
    MongoTemplate mongo;

    @Test
    void twoMembersAnsweringAtTheSameMomentLoseNothingAndKeepOneOrder() throws Exception {
        List<Question> questions = catalogs.defaultCatalog().questions();
        int roundsPerAudit = questions.size() / 2;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int done = 0;
            while (done < ROUNDS) {
                int rounds = Math.min(roundsPerAudit, ROUNDS - done);
                ConversationKey key = new ConversationKey("script", UUID.randomUUID().toString());
                Map<Integer, String> seen = answerTogether(pool, key, rounds);
                check(key, rounds, questions, seen);
                done += rounds;
            }
            assertThat(done).isEqualTo(ROUNDS);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Both members answer once per round, released together; returns who saw which answered count. */
    private Map<Integer, String> answerTogether(ExecutorService pool, ConversationKey key, int rounds) throws Exception {
        service.start(key, "anna", "de");
        service.handle(new InboundMessage(key, "anna", "Audit starten", null));
        CyclicBarrier together = new CyclicBarrier(2);
        Map<Integer, String> seen = new ConcurrentHashMap<>();
        List<Future<?>> members = new ArrayList<>();
        for (String member : List.of("anna", "bernd")) {
            String word = member.equals("anna") ? "ja" : "nein";
            members.add(pool.submit(() -> {
                for (int round = 0; round < rounds; round++) {
                    together.await(30, TimeUnit.SECONDS);
                    Turn turn = service.handle(new InboundMessage(key, member, word, null));
                    String earlier = seen.putIfAbsent(turn.progress().answered(), member);
                    assertThat(earlier).as("two turns saw the same count of answers").isNull();
                }
                return null;
            }));
        }
        for (Future<?> member : members) {
            member.get(120, TimeUnit.SECONDS);
        }
        return seen;
    }

    private void check(ConversationKey key, int rounds, List<Question> questions, Map<Integer, String> seen) {
        Conversation conversation = repository.findById(key.storeId()).orElseThrow();
        List<AnswerRecord> answers = conversation.audit().orElseThrow().answers();
        assertThat(answers).as("every answer recorded once").hasSize(2 * rounds);
        List<TranscriptEntry> said = new ArrayList<>();
        List<TranscriptEntry> transcript = service.transcript(key);
        for (int i = 0; i < transcript.size(); i++) {
            TranscriptEntry entry = transcript.get(i);
            if (entry.from().equals("user")) {
                assertThat(i + 1).as("a reply follows every message before the next one").isLessThan(transcript.size());
                assertThat(transcript.get(i + 1).from()).isEqualTo("bot");
                said.add(entry);
            }
        }
        assertThat(said).hasSize(1 + 2 * rounds);
        for (int i = 0; i < answers.size(); i++) {
            AnswerRecord answer = answers.get(i);
            assertThat(answer.questionId()).as("answer %d went to the next open question", i)
                    .isEqualTo(questions.get(i).id());
            assertThat(answer.level()).isEqualTo(answer.senderId().equals("anna")
                    ? AnswerLevel.FULFILLED : AnswerLevel.NOT_FULFILLED);
            TranscriptEntry message = said.get(i + 1);
            assertThat(message.senderId()).as("answers in the order of the transcript").isEqualTo(answer.senderId());
            assertThat(seen.get(i + 1)).as("the turn that recorded answer %d", i + 1).isEqualTo(answer.senderId());
        }
        assertThat(answers.stream().filter(a -> a.senderId().equals("anna"))).hasSize(rounds);
        Document raw = mongo.getCollection("conversations").find(new Document("_id", key.storeId())).first();
        assertThat(raw.get("version", Number.class).longValue())
                .as("one version-checked write per turn: the start, 'Audit starten' and each answer")
                .isEqualTo(1L + 2 * rounds);
    }
}
