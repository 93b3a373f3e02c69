package de.auditbot.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the benchmark runs, from system properties ({@code -Dbenchmark.audits=50} and so on) and
 * the environment ({@code MONGODB_URI}, {@code MONGODB_DATABASE}, as the bot reads them).
 * {@code -Dbenchmark.store=process} puts the store in a process of its own (a second bot whose
 * embedded store, in memory, the measured bot uses as its MongoDB), so that the bot's own CPU per
 * turn shows apart from the store's.
 */
record BenchmarkSettings(Path target, int audits, int rounds, double rate, int startups, List<String> jvmFlags,
        Map<String, String> environment, boolean jfr, String mongoUri, String database, boolean storeProcess) {

    /**
     * The JVM memory flags of the Docker image (its JAVA_TOOL_OPTIONS) and of bot/run-fast.sh; a test
     * keeps the three in step.
     */
    static final String DEFAULT_FLAGS = "-XX:+UseSerialGC -Xmx160m -Xss512k -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000";

    /** The image's MALLOC_ARENA_MAX (glibc malloc arenas; fewer arenas, less resident memory). */
    static final String DEFAULT_MALLOC_ARENA_MAX = "2";

    static BenchmarkSettings fromSystemProperties() {
        String uri = System.getenv("MONGODB_URI");
        String database = System.getenv("MONGODB_DATABASE");
        String flags = System.getProperty("benchmark.jvm-flags", DEFAULT_FLAGS).trim();
        String arenas = System.getProperty("benchmark.malloc-arena-max", DEFAULT_MALLOC_ARENA_MAX).trim();
        return new BenchmarkSettings(
                Path.of(System.getProperty("benchmark.target", "bot/target")),
                Integer.getInteger("benchmark.audits", 50),
                Integer.getInteger("benchmark.rounds", 3),
                Double.parseDouble(System.getProperty("benchmark.rate", "1000")),
                Math.max(1, Integer.getInteger("benchmark.startups", 3)),
                flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+")),
                arenas.isEmpty() ? Map.of() : Map.of("MALLOC_ARENA_MAX", arenas),
                Boolean.getBoolean("benchmark.jfr"),
                uri == null || uri.isBlank() ? null : uri,
                database == null || database.isBlank() ? "auditbot" : database,
                "process".equals(System.getProperty("benchmark.store", "embedded")));
    }
}
