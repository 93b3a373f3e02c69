package de.auditbot.channel.matrix;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work of each room in order, and the rooms side by side: every room has a chain of
 * tasks on a shared pool, so a slow room never holds up another one.
 */
final class RoomQueues {

    private static final Logger log = LoggerFactory.getLogger(RoomQueues.class);

    private final Executor executor;
    private final Map<String, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();

    RoomQueues(Executor executor) {
        this.executor = executor;
    }

    void submit(String roomId, Runnable task) {
        tails.compute(roomId, (room, tail) -> {
            CompletableFuture<Void> previous = tail == null ? CompletableFuture.completedFuture(null) : tail;
            return previous.thenRunAsync(() -> run(room, task), executor);
        });
        // Forget finished chains, so that the map does not grow with every room ever seen.
        tails.computeIfPresent(roomId, (room, tail) -> tail.isDone() ? null : tail);
    }

    private static void run(String roomId, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.error("Handling a message in room {} failed", roomId, e);
        }
    }
}
