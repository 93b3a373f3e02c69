package de.auditbot.benchmark;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Latencies of one kind of operation, collected from many threads, and their percentiles.
 * Each worker fills its own instance; {@link #merge} joins them after the run.
 */
final class Latencies {

    private final List<Long> nanos = new ArrayList<>();

    void add(long latencyNanos) {
        nanos.add(latencyNanos);
    }

    int count() {
        return nanos.size();
    }

    static Latencies merge(Collection<Latencies> parts) {
        Latencies all = new Latencies();
        parts.forEach(p -> all.nanos.addAll(p.nanos));
        all.nanos.sort(null);
        return all;
    }

    /** The latency below which the given share of operations finished, in milliseconds (sorted input). */
    double percentileMillis(double share) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(share * nanos.size()) - 1;
        return nanos.get(Math.max(0, Math.min(nanos.size() - 1, index))) / 1_000_000.0;
    }

    String summary() {
        return String.format("p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms (%d operations)",
                percentileMillis(0.50), percentileMillis(0.95), percentileMillis(0.99), percentileMillis(1.0),
                count());
    }
}
