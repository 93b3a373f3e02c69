package de.auditbot.nlp.model;

import de.auditbot.nlp.text.ChatFeatures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A vote of the training lines most like a text. Each line is a sparse TF-IDF vector over the
 * model's word-level features (stems, negated stems, cues, first word, contrast), kept in an
 * inverted index (feature → the lines that have it, with their weights), so that a text is compared
 * only with the lines it shares a rare enough feature with. The k most similar lines (cosine over
 * the features the lines know) vote for their labels with their similarity. Built when the model
 * is loaded, from the lines and features the build wrote next to it ({@link NearestLinesFile});
 * thread-safe (the score buffers are per thread).
 *
 * <p>It reads fresh wording better than the maxent model alone, because one close line counts even
 * where its words are rare in training (see {@link ModelKind#nearestWeight()} for the figures).
 */
final class NearestLines {

    /**
     * Character n-grams are left out of the index: with them the vote measured no better on the
     * held-out sets and took five times as long (they are most of a text's features).
     */
    private static final String CHARACTER_NGRAM = "c=";
    /**
     * How a message is worded (request, statement, not a question) is left out too: it tells the
     * maxent model something, but says nothing about which lines are alike.
     */
    private static final String MOOD = "mood=";
    private static final String TELLS = "tells";
    /**
     * Features found in more than this share of the training lines say little and their long
     * posting lists cost the most time; leaving them out measured the same on the held-out sets.
     */
    static final double COMMON_SHARE = 0.05;

    private final List<String> labels;
    private final int k;
    private final int[] lineLabel;
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final float[] idf;
    private final int[][] postings;
    private final float[][] weights;
    private final ThreadLocal<LineScores> scores;

    /** A training line with the features the index keeps of it. */
    record IndexedLine(String label, List<String> features) {
    }

    /**
     * @param samples the training lines (repeats count once)
     * @param features the features the model of these lines uses
     * @param labels the labels in the order of the vote's result
     * @param k how many nearest lines vote
     * @param commonShare features found in more than this share of the lines are left out
     */
    NearestLines(List<Sample> samples, ChatFeatures features, List<String> labels, int k, double commonShare) {
        this(indexed(samples, features), labels, k, commonShare);
    }

    /** The same from lines whose features are already extracted ({@link NearestLinesFile}). */
    NearestLines(List<IndexedLine> indexed, List<String> labels, int k, double commonShare) {
        this.labels = List.copyOf(labels);
        this.k = k;
        List<IndexedLine> lines = indexed.stream().filter(line -> labels.contains(line.label())).toList();
        lineLabel = new int[lines.size()];
        List<int[]> lineFeatures = new ArrayList<>(lines.size());
        List<Integer> documentFrequency = new ArrayList<>();
        for (int line = 0; line < lines.size(); line++) {
            lineLabel[line] = labels.indexOf(lines.get(line).label());
            Set<Integer> ids = new LinkedHashSet<>();
            for (String feature : lines.get(line).features()) {
                int id = featureIds.computeIfAbsent(feature, f -> featureIds.size());
                if (id == documentFrequency.size()) {
                    documentFrequency.add(0);
                }
                ids.add(id);
            }
            ids.forEach(id -> documentFrequency.set(id, documentFrequency.get(id) + 1));
            lineFeatures.add(ids.stream().mapToInt(Integer::intValue).toArray());
        }
        idf = new float[featureIds.size()];
        for (int id = 0; id < idf.length; id++) {
            boolean common = documentFrequency.get(id) > commonShare * lines.size();
            idf[id] = common ? 0 : (float) Math.log((double) lines.size() / documentFrequency.get(id));
        }
        int[] filled = new int[idf.length];
        postings = new int[idf.length][];
        weights = new float[idf.length][];
        for (int id = 0; id < idf.length; id++) {
            int length = idf[id] == 0 ? 0 : documentFrequency.get(id);
            postings[id] = new int[length];
            weights[id] = new float[length];
        }
        for (int line = 0; line < lineFeatures.size(); line++) {
            double norm = 0;
            for (int id : lineFeatures.get(line)) {
                norm += idf[id] * idf[id];
            }
            float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int id : lineFeatures.get(line)) {
                if (idf[id] == 0) {
                    continue;
                }
                postings[id][filled[id]] = line;
                weights[id][filled[id]++] = idf[id] * scale;
            }
        }
        scores = ThreadLocal.withInitial(() -> new LineScores(lineLabel.length, idf.length));
    }

    /** Each distinct training line with its features, character n-grams left out. */
    static List<IndexedLine> indexed(List<Sample> samples, ChatFeatures features) {
        return new LinkedHashSet<>(samples).stream().map(sample -> new IndexedLine(sample.label(),
                Arrays.stream(features.extract(sample.text())).filter(NearestLines::indexes).toList()))
                .toList();
    }

    /** Whether the index keeps a feature: not a character n-gram, not the wording of the message. */
    private static boolean indexes(String feature) {
        return !feature.startsWith(CHARACTER_NGRAM) && !feature.startsWith(MOOD) && !feature.equals(TELLS);
    }

    /**
     * The vote per label, in the order of the labels given: the summed cosine similarity of the k
     * nearest lines of that label, divided by k. The votes sum to at most 1, less the less alike the
     * nearest lines are; all zero when no line shares a feature.
     */
    double[] vote(String[] textFeatures) {
        LineScores b = scores.get();
        double norm = 0;
        int queried = 0;
        for (String feature : textFeatures) {
            if (!indexes(feature)) {
                continue;
            }
            Integer id = featureIds.get(feature);
            if (id == null || idf[id] == 0 || b.seenFeature(id)) {
                continue;
            }
            queried++;
            norm += idf[id] * idf[id];
            float q = idf[id];
            int[] lines = postings[id];
            float[] w = weights[id];
            for (int i = 0; i < lines.length; i++) {
                b.add(lines[i], q * w[i]);
            }
        }
        double[] vote = new double[labels.size()];
        if (queried > 0) {
            double scale = 1 / Math.sqrt(norm);
            int[] best = b.best(k);
            for (int line : best) {
                if (line >= 0) {
                    vote[lineLabel[line]] += b.score(line) * scale / k;
                }
            }
        }
        b.clear();
        return vote;
    }
}
