package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The lease's atomic conditional upsert on the embedded store (mongo-java-server), which is where
 * its duplicate-key behaviour differs most easily from a real MongoDB.
 */
class LeasesTests {

    static final Duration TEN_SECONDS = Duration.ofSeconds(10);

    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    Instant now = Instant.parse("2026-11-29T03:00:00Z");
    Leases leases;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        mongo = new MongoTemplate(client, "leases-test");
        leases = new Leases(mongo, new Clock() {
            @Override
            public Instant instant() {
                return now;
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aLiveLeaseIsHeldByOneHolderUntilItExpires() {
        assertThat(leases.acquire("matrix", "a", TEN_SECONDS)).as("a free lease is taken").isTrue();
        assertThat(leases.acquire("matrix", "b", TEN_SECONDS)).as("another's live lease is not").isFalse();

        now = now.plusSeconds(8);
        assertThat(leases.acquire("matrix", "a", TEN_SECONDS)).as("the holder renews").isTrue();
        now = now.plusSeconds(8);
        assertThat(leases.acquire("matrix", "b", TEN_SECONDS)).as("the renewal counted from then").isFalse();

        now = now.plusSeconds(3);
        assertThat(leases.acquire("matrix", "b", TEN_SECONDS)).as("an expired lease is taken over").isTrue();
        assertThat(leases.acquire("matrix", "a", TEN_SECONDS)).as("the old holder has lost it").isFalse();
        assertThat(leases.find("matrix")).hasValueSatisfying(lease -> {
            assertThat(lease.holder()).isEqualTo("b");
            assertThat(lease.expiresAt()).isEqualTo(now.plus(TEN_SECONDS));
        });
        assertThat(mongo.getCollection(Leases.COLLECTION).countDocuments()).as("one document per lease").isEqualTo(1);
    }

    @Test
    void aReleasedLeaseIsFreeAtOnceButOnlyItsHolderCanReleaseIt() {
        leases.acquire("matrix", "a", TEN_SECONDS);
        leases.release("matrix", "b");
        assertThat(leases.acquire("matrix", "b", TEN_SECONDS)).as("b cannot release a's lease").isFalse();

        leases.release("matrix", "a");
        assertThat(leases.acquire("matrix", "b", TEN_SECONDS)).isTrue();
        assertThat(leases.acquire("other", "a", TEN_SECONDS)).as("leases are independent").isTrue();
    }

    @Test
    void ofManyContendersRacingForAFreeOrExpiredLeaseExactlyOneWins() throws Exception {
        for (int round = 0; round < 20; round++) {
            ExecutorService pool = Executors.newFixedThreadPool(8);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String holder = "holder-" + round + "-" + i;
                Callable<Boolean> attempt = () -> {
                    go.await();
                    return leases.acquire("matrix", holder, TEN_SECONDS);
                };
                attempts.add(pool.submit(attempt));
            }
            go.countDown();
            int winners = 0;
            for (Future<Boolean> attempt : attempts) {
                winners += attempt.get() ? 1 : 0;
            }
            pool.shutdown();
            assertThat(winners).as("winners in round %d", round).isEqualTo(1);
            now = now.plus(TEN_SECONDS).plusSeconds(1);
        }
    }
}
