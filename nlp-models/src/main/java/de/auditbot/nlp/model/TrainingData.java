package de.auditbot.nlp.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads sample files: one file per label ({@code training/answers/PARTIAL.txt}), one sample per
 * line; blank lines and lines starting with {@code #} are ignored. Samples come back sorted, so
 * that training never depends on the order of the lines in a file.
 */
public final class TrainingData {

    /** The folder of the training files on the classpath; held-out files live only in the tests. */
    public static final String TRAINING = "training";

    /**
     * Suffix of the answer-only sample files ({@code answers/PARTIAL.answer-only.txt}): lines the
     * answer model learns from but the intent model does not reuse, so that adding answer lines
     * leaves the intent model's training (and its measured figures) exactly as it was.
     */
    public static final String ANSWER_ONLY = ".answer-only";

    /**
     * Suffix of the criterion-only sample files ({@code criteria/3.criterion-only.txt}): questions the
     * criterion model learns from but the intent model does not reuse for ASK_CRITERION, for the same
     * reason as {@link #ANSWER_ONLY}.
     */
    public static final String CRITERION_ONLY = ".criterion-only";

    /**
     * Suffix of the files that hold the lines of held-out sets spent as measures
     * ({@code intents/PAUSE.from-spent-sets.txt}): each set was measured before and after its round,
     * then its lines became training lines, noted by set. A new held-out set measures from then on.
     */
    public static final String FROM_SPENT_SETS = ".from-spent-sets";

    /** The optional files of a label, read after its plain file, in this order. */
    public static final List<String> EXTRA_SUFFIXES = List.of(ANSWER_ONLY, CRITERION_ONLY, FROM_SPENT_SETS);

    /** One in this many answer and criterion lines also teaches the intent model ANSWER and ASK_CRITERION. */
    static final int REUSED_FOR_INTENTS_EVERY = 2;

    private TrainingData() {
    }

    /** The training samples of a model, as the build trains it. */
    public static List<Sample> training(ModelKind kind) {
        List<Sample> samples = new ArrayList<>(samples(kind, TRAINING));
        if (kind == ModelKind.INTENT) {
            // Answers and criterion questions are what the intent model sees most; reusing part of
            // their lines keeps the sets from drifting apart.
            reuse(samples(ModelKind.ANSWER, TRAINING, ""), "ANSWER", samples);
            reuse(samples(ModelKind.CRITERION, TRAINING, ""), "ASK_CRITERION", samples);
        }
        return sorted(samples);
    }

    private static void reuse(List<Sample> from, String label, List<Sample> into) {
        for (int i = 0; i < from.size(); i += REUSED_FOR_INTENTS_EVERY) {
            into.add(new Sample(label, from.get(i).text()));
        }
    }

    /**
     * All samples of a model under a root folder on the classpath, one file per label, plus the
     * optional files with the {@link #EXTRA_SUFFIXES}.
     */
    public static List<Sample> samples(ModelKind kind, String root) {
        List<Sample> samples = new ArrayList<>(samples(kind, root, ""));
        EXTRA_SUFFIXES.forEach(suffix -> samples.addAll(samples(kind, root, suffix)));
        return sorted(samples);
    }

    /**
     * The samples of the files with the given suffix; only the plain files ("") of the public
     * labels must exist (held-out sets have no lines of the internal {@link ModelKind#NO_ANSWER}).
     */
    private static List<Sample> samples(ModelKind kind, String root, String suffix) {
        List<Sample> samples = new ArrayList<>();
        for (String label : kind.labels()) {
            String name = kind.sampleFolder(root) + label + suffix + ".txt";
            InputStream in = TrainingData.class.getResourceAsStream(name);
            if (in == null) {
                if (!suffix.isEmpty() || kind == ModelKind.INTENT && label.equals("ANSWER")
                        || ModelKind.isInternal(label)) {
                    continue;
                }
                throw new IllegalStateException("No sample file " + name + " on the classpath");
            }
            try (in) {
                read(in).forEach(text -> samples.add(new Sample(label, text)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sorted(samples);
    }

    static List<String> read(InputStream in) throws IOException {
        List<String> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    private static List<Sample> sorted(List<Sample> samples) {
        List<Sample> copy = new ArrayList<>(samples);
        copy.sort(Comparator.comparing(Sample::label).thenComparing(Sample::text));
        return List.copyOf(copy);
    }
}
