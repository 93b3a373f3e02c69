package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Prints how fast the packaged models classify on one thread, preprocessing included: load time,
 * classifications per second and latency percentiles. It reports and never fails on timing.
 *
 * <p>Run: {@code ./mvnw -q -pl nlp-models exec:java@benchmark}
 */
public final class Benchmark {

    private static final int WARM_UP = 20_000;
    private static final int MEASURED = 100_000;

    private Benchmark() {
    }

    public static void main(String[] args) {
        ChatFeatures features = new ChatFeatures(new TextNormalizer());
        for (ModelKind kind : ModelKind.values()) {
            long loadStart = System.nanoTime();
            TextClassifier classifier = TextClassifier.load(kind, features);
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            List<String> texts = TrainingData.samples(kind, TrainingData.TRAINING).stream().map(Sample::text).toList();
            for (int i = 0; i < WARM_UP; i++) {
                classifier.classify(texts.get(i % texts.size()));
            }
            long[] nanos = new long[MEASURED];
            long start = System.nanoTime();
            for (int i = 0; i < MEASURED; i++) {
                long t = System.nanoTime();
                classifier.classify(texts.get(i % texts.size()));
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT,
                    "%-9s load %4d ms | %,9.0f classifications/s | p50 %5.1f us  p90 %5.1f us  p99 %5.1f us  max %7.1f us%n",
                    kind.id(), loadMillis, MEASURED / seconds, micros(nanos, 0.50), micros(nanos, 0.90),
                    micros(nanos, 0.99), nanos[nanos.length - 1] / 1e3);
        }
    }

    private static double micros(long[] sorted, double percentile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(percentile * sorted.length))] / 1e3;
    }
}
