package de.auditbot.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the same job on many threads at once. With a rate, every thread sends its operations on
 * a fixed schedule (together they offer that many operations per second) and a latency counts
 * from the moment an operation was due, not from when it was sent, so that a slow answer also
 * counts against the operations it held up. Without a rate (0) every thread sends its next
 * operation as soon as the last one is answered, which measures the most the bot can do.
 */
final class PacedLoad {

    /** What one thread does; it calls {@link Pace#next} before every operation it times. */
    interface Job {
        void run(int worker, Pace pace, Latencies latencies, Errors errors) throws Exception;
    }

    /** The schedule of one thread. */
    static final class Pace {
        private final long intervalNanos;
        private long due;

        Pace(long intervalNanos, long firstDue) {
            this.intervalNanos = intervalNanos;
            this.due = firstDue;
        }

        /** Waits until the next operation is due and returns the time it counts from. */
        long next() {
            if (intervalNanos == 0) {
                return System.nanoTime();
            }
            long now;
            while ((now = System.nanoTime()) < due) {
                LockSupport.parkNanos(due - now);
            }
            long start = due;
            due += intervalNanos;
            return start;
        }
    }

    record Outcome(Latencies latencies, double seconds, Errors errors) {
        double perSecond() {
            return latencies.count() / seconds;
        }
    }

    private PacedLoad() {
    }

    static Outcome run(int workers, double ratePerSecond, Job job) throws InterruptedException {
        long interval = ratePerSecond <= 0 ? 0 : (long) (workers * 1e9 / ratePerSecond);
        List<Latencies> parts = new ArrayList<>();
        Errors errors = new Errors();
        List<Thread> threads = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < workers; i++) {
            int worker = i;
            Latencies latencies = new Latencies();
            parts.add(latencies);
            // Threads start spread over one interval, so that they do not all send at the same moment.
            Pace pace = new Pace(interval, begin + interval * i / workers);
            Thread thread = new Thread(() -> {
                try {
                    job.run(worker, pace, latencies, errors);
                } catch (Exception | AssertionError e) {
                    errors.add("worker " + worker + " stopped", e);
                }
            }, "load-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        return new Outcome(Latencies.merge(parts), seconds, errors);
    }
}
