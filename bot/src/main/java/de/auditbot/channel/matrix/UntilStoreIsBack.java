package de.auditbot.channel.matrix;

import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Waits out an unreachable store inside a room's queue: a message that arrives while the store is
 * down is handled once it is back, in the room's order, instead of being dropped. Only the room
 * waits; the sync goes on and other rooms have their own queues.
 */
final class UntilStoreIsBack {

    private static final Logger log = LoggerFactory.getLogger(UntilStoreIsBack.class);

    private final long firstPauseMillis;
    private final long maxPauseMillis;

    UntilStoreIsBack(long firstPauseMillis, long maxPauseMillis) {
        this.firstPauseMillis = firstPauseMillis;
        this.maxPauseMillis = maxPauseMillis;
    }

    /** Runs the store work, again and again while the store cannot be reached. */
    <T> T call(String what, Supplier<T> work) {
        long pause = firstPauseMillis;
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (DataAccessResourceFailureException e) {
                if (attempt == 1 || attempt % 10 == 0) {
                    log.warn("Store unavailable while {} ({}); waiting for it, attempt {}", what,
                            e.getClass().getSimpleName(), attempt);
                }
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(maxPauseMillis, pause * 2);
            }
        }
    }
}
