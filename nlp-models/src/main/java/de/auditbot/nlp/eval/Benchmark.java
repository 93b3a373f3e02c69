package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints how fast the packaged models classify on one thread, preprocessing included: load time,
 * classifications per CPU-second of the measuring thread (what one core manages, little moved by
 * other work on the machine), per wall-clock second, latency percentiles, the bytes allocated per
 * classification and the load average. It reports and never fails on timing.
 *
 * <p>Run: {@code ./mvnw -q -pl nlp-models process-classes exec:java@benchmark}
 */
public final class Benchmark {

    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 100_000;

    private Benchmark() {
    }

    public static void main(String[] args) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        ChatFeatures features = new ChatFeatures(new TextNormalizer());
        Map<ModelKind, TextClassifier> classifiers = new EnumMap<>(ModelKind.class);
        Map<ModelKind, Long> loadMillis = new EnumMap<>(ModelKind.class);
        for (ModelKind kind : ModelKind.values()) {
            long loadStart = System.nanoTime();
            classifiers.put(kind, TextClassifier.load(kind, features));
            loadMillis.put(kind, (System.nanoTime() - loadStart) / 1_000_000);
        }
        // Warm every model up before measuring any, so that the first one does not pay for the JIT.
        for (ModelKind kind : ModelKind.values()) {
            List<String> texts = texts(kind);
            for (int i = 0; i < WARM_UP; i++) {
                classifiers.get(kind).classify(texts.get(i % texts.size()));
            }
        }
        for (ModelKind kind : ModelKind.values()) {
            TextClassifier classifier = classifiers.get(kind);
            List<String> texts = texts(kind);
            long[] nanos = new long[MEASURED];
            long allocatedStart = threads.getCurrentThreadAllocatedBytes();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                classifier.classify(texts.get(i % texts.size()));
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "%-9s load %4d ms | %,7.0f /CPU-s | %,7.0f /wall-s | p50 %5.1f us  p90 %5.1f us  p99 %5.1f us"
                            + "  max %7.1f us | %,6d bytes allocated each%n",
                    kind.id(), loadMillis.get(kind), MEASURED / cpuSeconds, MEASURED / seconds, micros(nanos, 0.50),
                    micros(nanos, 0.90), micros(nanos, 0.99), nanos[nanos.length - 1] / 1e3, allocated / MEASURED);
        }
        System.out.printf(Locale.ROOT, "load average %.2f before, %.2f after (%d cores)%n", loadBefore,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    private static List<String> texts(ModelKind kind) {
        return TrainingData.samples(kind, TrainingData.TRAINING).stream().map(Sample::text).toList();
    }

    private static double micros(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(percentile * sorted.length))] / 1e3;
    }
}
