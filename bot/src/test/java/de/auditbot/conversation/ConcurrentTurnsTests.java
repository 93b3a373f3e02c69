package de.auditbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.catalog.CatalogRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two team members answering at the same moment: every answer lands, none is overwritten.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class ConcurrentTurnsTests {

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @Autowired
    CatalogRegistry catalogs;

    @Test
    void concurrentAnswersToOneConversationAreAllRecorded() throws Exception {
        int total = catalogs.defaultCatalog().questions().size();
        ConversationKey key = new ConversationKey("script", UUID.randomUUID().toString());
        service.start(key, "anna", "de");
        service.handle(new InboundMessage(key, "anna", "Audit starten", null));

        int perMember = total / 2;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<?>> members = new ArrayList<>();
        for (String member : List.of("anna", "bernd")) {
            members.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < perMember; i++) {
                    service.handle(new InboundMessage(key, member, "ja", null));
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> member : members) {
            member.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        Conversation conversation = repository.findById(key.storeId()).orElseThrow();
        var answers = conversation.audit().orElseThrow().answers();
        assertThat(answers).hasSize(2 * perMember);
        assertThat(answers.stream().map(a -> a.questionId()).distinct()).hasSize(2 * perMember);
        assertThat(answers.stream().filter(a -> a.senderId().equals("bernd"))).hasSize(perMember);
        long userMessages = service.transcript(key).stream().filter(e -> e.from().equals("user")).count();
        assertThat(userMessages).isEqualTo(1 + 2L * perMember);
    }
}
