package de.auditbot.nlp.model;

import java.util.Arrays;

/**
 * The scores of one query of {@link NearestLines}: a score per training line, the lines touched
 * (so that clearing and ranking need not scan every line) and the features already counted.
 * Not thread-safe; each thread has its own.
 */
final class LineScores {
    private final float[] scores;
    private final int[] touched;
    private int touchedCount;
    private final int[] featureQuery;
    private int query = 1;

    LineScores(int lines, int features) {
        scores = new float[lines];
        touched = new int[lines];
        featureQuery = new int[features];
    }

    boolean seenFeature(int id) {
        boolean seen = featureQuery[id] == query;
        featureQuery[id] = query;
        return seen;
    }

    void add(int line, float value) {
        if (scores[line] == 0) {
            touched[touchedCount++] = line;
        }
        scores[line] += value;
    }

    float score(int line) {
        return scores[line];
    }

    /** The k lines with the highest scores, best first; -1 where fewer lines were touched. */
    int[] best(int k) {
        int[] best = new int[k];
        Arrays.fill(best, -1);
        for (int t = 0; t < touchedCount; t++) {
            int line = touched[t];
            if (best[k - 1] >= 0 && scores[line] <= scores[best[k - 1]]) {
                continue; // no better than the k-th: most lines, checked once instead of k times
            }
            for (int slot = 0; slot < k; slot++) {
                if (best[slot] < 0 || scores[line] > scores[best[slot]]) {
                    System.arraycopy(best, slot, best, slot + 1, k - slot - 1);
                    best[slot] = line;
                    break;
                }
            }
        }
        return best;
    }

    void clear() {
        for (int t = 0; t < touchedCount; t++) {
            scores[touched[t]] = 0;
        }
        touchedCount = 0;
        query++;
    }
}
