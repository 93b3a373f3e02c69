package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Group commit of the embedded store: no writer returns before a commit that includes its
 * write, and writers that finish together share commits.
 */
class SharedCommitTests {

    @Test
    void everyWriterReturnsOnlyOnceItsWriteIsCommittedAndWritersShareCommits() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicLong durable = new AtomicLong();
        SharedCommit commits = new SharedCommit(() -> {
            // A commit takes what was written when it began, like the store's commit of its current version.
            long upTo = written.get();
            pause();
            durable.accumulateAndGet(upTo, Math::max);
        });
        int writers = 16;
        int writesEach = 200;
        AtomicInteger uncommitted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                for (int i = 0; i < writesEach; i++) {
                    long mine = written.incrementAndGet();
                    commits.commitCovering();
                    if (durable.get() < mine) {
                        uncommitted.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> writer : done) {
            writer.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertThat(uncommitted).as("writers that returned before their write was committed").hasValue(0);
        assertThat(commits.commits()).as("commits for %d writes", writers * writesEach)
                .isPositive().isLessThan(writers * writesEach / 2);
    }

    @Test
    void aFailedCommitFailsTheWriterThatRanItAndTheWaitingWritersCommitAgain() throws Exception {
        CountDownLatch firstBegan = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean failNext = new AtomicBoolean(true);
        AtomicInteger runs = new AtomicInteger();
        SharedCommit commits = new SharedCommit(() -> {
            runs.incrementAndGet();
            if (failNext.getAndSet(false)) {
                firstBegan.countDown();
                await(release);
                throw new IllegalStateException("disk full");
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Future<?> first = pool.submit(commits::commitCovering);
        firstBegan.await();
        Future<?> second = pool.submit(commits::commitCovering);
        Thread.sleep(50);
        assertThat(second).as("a writer that came during a commit waits for the next").isNotDone();
        release.countDown();

        assertThatThrownBy(() -> first.get(10, TimeUnit.SECONDS)).hasRootCauseMessage("disk full");
        second.get(10, TimeUnit.SECONDS);
        pool.shutdown();
        assertThat(runs).hasValue(2);
        assertThat(commits.commits()).isEqualTo(1);
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
