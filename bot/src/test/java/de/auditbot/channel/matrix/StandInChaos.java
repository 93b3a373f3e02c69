package de.auditbot.channel.matrix;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Random misbehaviour of the stand-in homeserver, drawn from a seeded generator: requests that
 * match a rule fail at its rate in one of its ways. Counts what it did, so that a test can show
 * that every kind of fault really happened.
 */
final class StandInChaos {

    /** The ways a request can go wrong. */
    enum Misbehaviour {
        /** 500 {@code M_UNKNOWN}, nothing done. */
        SERVER_ERROR,
        /** 429 {@code M_LIMIT_EXCEEDED} with a short {@code retry_after_ms}, nothing done. */
        RATE_LIMITED,
        /** The connection is closed before the request is handled. */
        RESET_BEFORE,
        /** The request is handled, then the connection is closed without an answer. */
        RESET_AFTER,
        /** Handled after a pause of up to a second. */
        SLOW
    }

    private record Rule(String method, Pattern path, double rate, List<Misbehaviour> ways) {
    }

    private final Random random;
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final Map<Misbehaviour, AtomicInteger> counts = new ConcurrentHashMap<>();

    StandInChaos(long seed) {
        this.random = new Random(seed);
    }

    void add(String method, String pathRegex, double rate, List<Misbehaviour> ways) {
        rules.add(new Rule(method, Pattern.compile(pathRegex), rate, List.copyOf(ways)));
    }

    /** Lets the homeserver behave again. */
    void clear() {
        rules.clear();
    }

    /** What goes wrong with this request, if anything. */
    Optional<Misbehaviour> draw(String method, String path) {
        for (Rule rule : rules) {
            if (rule.method().equals(method) && rule.path().matcher(path).matches()) {
                synchronized (random) {
                    if (random.nextDouble() < rule.rate()) {
                        Misbehaviour way = rule.ways().get(random.nextInt(rule.ways().size()));
                        counts.computeIfAbsent(way, w -> new AtomicInteger()).incrementAndGet();
                        return Optional.of(way);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** A pause for a slow answer, in milliseconds. */
    long pause() {
        synchronized (random) {
            return 100 + random.nextInt(900);
        }
    }

    /** A {@code retry_after_ms} for a rate limit. */
    long retryAfter() {
        synchronized (random) {
            return 20 + random.nextInt(180);
        }
    }

    int count(Misbehaviour way) {
        AtomicInteger count = counts.get(way);
        return count == null ? 0 : count.get();
    }

    Map<Misbehaviour, AtomicInteger> counts() {
        return counts;
    }
}
