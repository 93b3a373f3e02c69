package de.auditbot.benchmark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.Document;

/**
 * Load benchmark of the whole bot (issue 7): times the start-up of the packaged fat jar and of the
 * Docker image's fast start (extracted jar with a CDS archive), drives concurrent full audits through
 * the web API of the fast start and prints throughput, turn latencies, the latency of the bare store
 * operation and resident memory. It never fails on timing; it
 * fails (exit code 1) when a request failed or an audit did not finish.
 *
 * <p>Run it with {@code ./mvnw -B -pl bot -am package -DskipTests -Pbenchmark}; README lists its
 * settings. With {@code MONGODB_URI} in the environment the bot and the store probe use that
 * MongoDB, otherwise the bot's embedded store (H2 file) in a fresh folder.
 */
public final class LoadBenchmark {

    private final BenchmarkSettings settings;
    private final Errors errors = new Errors();

    private LoadBenchmark(BenchmarkSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
        if (!new LoadBenchmark(settings).run()) {
            // Not System.exit: under exec:java that would end Maven itself without a word.
            throw new IllegalStateException("the benchmark saw errors (listed above)");
        }
    }

    private boolean run() throws Exception {
        Path jar = jar(settings.target());
        Path work = Files.createTempDirectory("auditbot-benchmark");
        BotLaunch fatJar = BotLaunch.fatJar(jar, settings.jvmFlags(), settings.environment());
        System.out.println("auditbot load benchmark");
        System.out.println("  bot:        java " + String.join(" ", settings.jvmFlags()) + " -jar " + jar
                + ", environment " + settings.environment());
        System.out.println("  store:      " + (settings.mongoUri() != null
                ? "MongoDB from MONGODB_URI, database " + settings.database()
                : settings.storeProcess() ? "a process of its own (a second bot's embedded store, in memory)"
                : "embedded (H2 file, committed per write)"));
        System.out.println("  load:       " + settings.audits() + " concurrent audits, " + settings.rounds()
                + " rounds, offered " + settings.rate() + " turns/s; machine: "
                + Runtime.getRuntime().availableProcessors() + " cores, load average " + LoadAverage.now());
        System.out.println("  bot output: " + work);

        try (BotProcess store = settings.storeProcess() && settings.mongoUri() == null ? storeHost(work) : null) {
            List<Double> fatStarts = new ArrayList<>();
            List<Double> fatFirstTurns = new ArrayList<>();
            for (int i = 1; i <= settings.startups(); i++) {
                try (BotProcess bot = start(fatJar, work, "fat-" + i, false, store)) {
                    fatStarts.add(bot.startupSeconds());
                    fatFirstTurns.add(bot.firstTurnMillis());
                }
            }
            printStartups(fatJar, fatStarts, fatFirstTurns);
            BotLaunch fast = BotLaunch.extractedWithArchive(jar, settings.jvmFlags(), settings.environment(),
                    work.resolve("fast"));
            List<Double> fastStarts = new ArrayList<>();
            List<Double> fastFirstTurns = new ArrayList<>();
            for (int i = 1; i < settings.startups(); i++) {
                try (BotProcess bot = start(fast, work, "fast-" + i, false, store)) {
                    fastStarts.add(bot.startupSeconds());
                    fastFirstTurns.add(bot.firstTurnMillis());
                }
            }
            // The load runs against the bot as the image starts it.
            try (BotProcess bot = start(fast, work, "fast-" + settings.startups(), settings.jfr(), store)) {
                fastStarts.add(bot.startupSeconds());
                fastFirstTurns.add(bot.firstTurnMillis());
                printStartups(fast, fastStarts, fastFirstTurns);
                load(bot, store);
                if (!bot.alive()) {
                    errors.add("the bot process died during the load");
                }
            }
        }
        System.out.println("errors: " + errors.count());
        errors.samples().forEach(s -> System.out.println("  " + s));
        return errors.count() == 0;
    }

    private void load(BotProcess bot, BotProcess store) throws Exception {
        AuditDriver driver = new AuditDriver(bot.port());
        Map<Integer, String> lastAudit = new ConcurrentHashMap<>();
        // Enough turns for the JIT compiler to settle, so that the saturation phase measures the bot, not the compiler.
        int warmUpRounds = Math.max(1, Integer.getInteger("benchmark.warm-up-rounds", 3));
        PacedLoad.Outcome warmUp = PacedLoad.run(settings.audits(), settings.rate(),
                audits(driver, warmUpRounds, lastAudit));
        report("warm-up (" + warmUpRounds + " rounds, not counted)", warmUp, false);
        double cpuBefore = bot.cpuSeconds();
        double storeCpuBefore = store == null ? 0 : store.cpuSeconds();
        PacedLoad.Outcome saturated = PacedLoad.run(settings.audits(), 0, audits(driver, 1, lastAudit));
        double cpuPerTurn = (bot.cpuSeconds() - cpuBefore) / saturated.latencies().count();
        report("saturation (" + settings.audits() + " audits, each sends its next turn at once)", saturated, true);
        System.out.printf("  the bot used %.2f ms of CPU per turn (at most %.0f turns/s per core, client not counted)%n",
                cpuPerTurn * 1000, 1 / cpuPerTurn);
        if (store != null) {
            System.out.printf("  the store's process used %.2f ms of CPU per turn%n",
                    (store.cpuSeconds() - storeCpuBefore) / saturated.latencies().count() * 1000);
        }
        // Latency when the bot is not the queue: half the rate it managed when saturated.
        double halfRate = Math.max(1, Math.floor(saturated.perSecond() / 2));
        PacedLoad.Outcome half = PacedLoad.run(settings.audits(), halfRate, audits(driver, 1, lastAudit));
        report("paced at half the saturated rate (" + settings.audits() + " audits offering " + halfRate
                + " turns/s together)", half, true);
        PacedLoad.Outcome paced = PacedLoad.run(settings.audits(), settings.rate(),
                audits(driver, settings.rounds(), lastAudit));
        report("paced load (" + settings.audits() + " audits offering " + settings.rate() + " turns/s together)",
                paced, true);
        long rss = bot.residentMegabytes("VmRSS");
        long peak = bot.residentMegabytes("VmHWM");

        int turnsPerAudit = paced.latencies().count() / settings.audits() / settings.rounds();
        Map<Integer, Document> finished = finishedConversations(bot, store, lastAudit);
        PacedLoad.Outcome bare = bareStore(bot, store, finished, turnsPerAudit);
        report("bare store (find + replace of a conversation document, same pacing)", bare, true);
        if (settings.mongoUri() == null) {
            for (EmbeddedBareStore.Commits commits : EmbeddedBareStore.Commits.values()) {
                bareStoreSaturated(finished, turnsPerAudit, commits);
            }
        }
        System.out.printf("turn / bare store: p50 %.2f, p99 %.2f   (target <= 2.0)%n",
                paced.latencies().percentileMillis(0.5) / bare.latencies().percentileMillis(0.5),
                paced.latencies().percentileMillis(0.99) / bare.latencies().percentileMillis(0.99));
        System.out.printf("throughput: %.0f turns/s saturated, %.0f turns/s paced   (target >= 1000)%n",
                saturated.perSecond(), paced.perSecond());
        System.out.printf("turn latency at %s turns/s: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms   (target p99 <= 25)%n",
                settings.rate(), paced.latencies().percentileMillis(0.5), paced.latencies().percentileMillis(0.95),
                paced.latencies().percentileMillis(0.99));
        System.out.printf("turn latency at %s turns/s (half the saturated rate): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                halfRate, half.latencies().percentileMillis(0.5), half.latencies().percentileMillis(0.95),
                half.latencies().percentileMillis(0.99));
        System.out.printf("resident memory after the load: VmRSS %d MB, peak VmHWM %d MB   (target <= 350)%n",
                rss, peak);
        System.out.println("machine load average after the run: " + LoadAverage.now());
    }

    /** Each worker runs whole audits one after the other and remembers its last one. */
    private static PacedLoad.Job audits(AuditDriver driver, int rounds, Map<Integer, String> lastAudit) {
        return (worker, pace, latencies, errs) -> {
            for (int round = 0; round < rounds; round++) {
                try {
                    lastAudit.put(worker, driver.audit(pace, latencies));
                } catch (Exception e) {
                    errs.add("audit of worker " + worker, e);
                }
            }
        };
    }

    private String storeUri(BotProcess bot, BotProcess storeHost) {
        return settings.mongoUri() != null ? settings.mongoUri()
                : "mongodb://127.0.0.1:" + (storeHost != null ? storeHost : bot).storePort() + "/" + settings.database();
    }

    /** The conversations the workers finished last, as the bot stored them. */
    private Map<Integer, Document> finishedConversations(BotProcess bot, BotProcess storeHost,
            Map<Integer, String> lastAudit) {
        Map<Integer, Document> documents = new ConcurrentHashMap<>();
        try (BareStore store = new BareStore(storeUri(bot, storeHost), settings.database())) {
            lastAudit.forEach((worker, id) -> documents.put(worker, store.conversation(id)));
        }
        return documents;
    }

    private PacedLoad.Outcome bareStore(BotProcess bot, BotProcess storeHost, Map<Integer, Document> finished,
            int turnsPerAudit) throws InterruptedException {
        try (BareStore store = new BareStore(storeUri(bot, storeHost), settings.database())) {
            return replay(store, finished, turnsPerAudit, settings.rate(), settings.rounds());
        }
    }

    /**
     * The most find + replace operations the store alone manages: an embedded H2 store like the bot's in
     * this process, committed before each write is acknowledged, every worker sending as fast as it can.
     */
    private void bareStoreSaturated(Map<Integer, Document> finished, int turnsPerAudit,
            EmbeddedBareStore.Commits commits) throws Exception {
        Path file = Files.createTempDirectory("auditbot-bare-store").resolve("bare.mv.db");
        try (EmbeddedBareStore embedded = new EmbeddedBareStore(file, commits)) {
            replay(embedded.store(), finished, turnsPerAudit, settings.rate(), 1); // warm-up, not counted
            long cpuBefore = ProcessCpu.nanos();
            long commitsBefore = embedded.commits();
            PacedLoad.Outcome outcome = replay(embedded.store(), finished, turnsPerAudit, 0, 1);
            double cpuPerOperation = (ProcessCpu.nanos() - cpuBefore) / 1e6 / outcome.latencies().count();
            long commitsMade = embedded.commits() - commitsBefore;
            report("bare store saturated (" + settings.audits() + " threads, find + replace, embedded H2 in the "
                    + "benchmark's process, commit: " + commits + ")", outcome, true);
            System.out.printf("  %.2f ms of CPU per find + replace (driver, server and H2 together), %d commits%n",
                    cpuPerOperation, commitsMade);
        }
    }

    private PacedLoad.Outcome replay(BareStore store, Map<Integer, Document> finished, int turnsPerAudit,
            double rate, int rounds) throws InterruptedException {
        return PacedLoad.run(settings.audits(), rate, (worker, pace, latencies, errs) -> {
            Document document = finished.get(worker);
            if (document == null) {
                errs.add("worker " + worker + " has no finished audit to replay");
                return;
            }
            for (int round = 0; round < rounds; round++) {
                store.replay("probe-" + worker, document, turnsPerAudit, pace, latencies);
            }
        });
    }

    private BotProcess start(BotLaunch launch, Path work, String run, boolean record, BotProcess store)
            throws IOException, InterruptedException {
        List<String> flags = new ArrayList<>();
        if (store != null) {
            flags.add("-Dspring.mongodb.uri=mongodb://127.0.0.1:" + store.storePort() + "/" + settings.database());
        }
        if (record) {
            flags.add("-XX:StartFlightRecording=filename=" + work.resolve("bot.jfr") + ",settings=profile");
            System.out.println("  recording: " + work.resolve("bot.jfr"));
        }
        return BotProcess.start(launch, flags, work.resolve("run-" + run), work.resolve("bot-" + run + ".log"));
    }

    /** A second bot that only lends its embedded store, kept in memory, to the measured one. */
    private BotProcess storeHost(Path work) throws IOException, InterruptedException {
        System.out.println("  store host: " + work.resolve("store-host.log"));
        BotLaunch host = BotLaunch.fatJar(jar(settings.target()), settings.jvmFlags(), settings.environment());
        return BotProcess.start(host, List.of("-Dauditbot.store.embedded=memory"), work.resolve("store-host"),
                work.resolve("store-host.log"));
    }

    private void report(String phase, PacedLoad.Outcome outcome, boolean counted) {
        if (counted) {
            outcome.errors().samples().forEach(s -> errors.add(phase + ": " + s));
            for (int i = outcome.errors().samples().size(); i < outcome.errors().count(); i++) {
                errors.add(phase + ": (more)");
            }
        } else if (outcome.errors().count() > 0) {
            outcome.errors().samples().forEach(s -> errors.add("warm-up: " + s));
        }
        System.out.printf("%s:%n  %.0f operations/s over %.1f s; %s; errors %d%n", phase, outcome.perSecond(),
                outcome.seconds(), outcome.latencies().summary(), outcome.errors().count());
    }

    private static void printStartups(BotLaunch launch, List<Double> seconds, List<Double> firstTurnMillis) {
        double[] sorted = seconds.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("start-up to ready, %s (launch until /actuator/health is 200): best %.2f s, "
                + "median %.2f s, all %s   (target <= 5)%n", launch.name(), sorted[0], sorted[sorted.length / 2],
                Arrays.toString(seconds.stream().map(s -> String.format("%.2f", s)).toArray()));
        double[] turns = firstTurnMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("  first turn right after ready (open a conversation + \"Audit starten\"): median %.0f ms, "
                + "all %s%n", turns[turns.length / 2],
                Arrays.toString(firstTurnMillis.stream().map(t -> String.format("%.0f", t)).toArray()));
    }

    private static Path jar(Path target) throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(target, "bot-*.jar")) {
            for (Path jar : jars) {
                if (!jar.toString().endsWith("-plain.jar")) {
                    return jar;
                }
            }
        }
        throw new IllegalStateException("no bot-*.jar in " + target + "; package the bot first");
    }
}
