package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects predictions against expected labels and computes the figures of one evaluation:
 * accuracy, macro-F1, recall per label, the confusion matrix, top-3 and, under a confidence
 * policy, the accuracy of what would be auto-accepted and the share asked back.
 */
public final class Scorecard {

    private final String title;
    private final ConfidencePolicy policy;
    private final TreeSet<String> labels = new TreeSet<>();
    private final Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    private final List<String> misses = new ArrayList<>();
    private int total;
    private int correct;
    private int top3;
    private int accepted;
    private int acceptedCorrect;
    private final PolicyCurve curve = new PolicyCurve();
    private int noAnswers;
    private int chatter;
    private int chatterTakenAsNone;
    private int chatterAccepted;

    public Scorecard(String title, ConfidencePolicy policy) {
        this.title = title;
        this.policy = policy;
    }

    /**
     * A real answer: right only when its level is predicted; predicted as no answer
     * ({@link ModelKind#NO_ANSWER}) it counts as wrong and as asked back, never as right.
     */
    public void add(String expected, String text, Classification predicted) {
        labels.add(expected);
        labels.add(predicted.label());
        confusion.computeIfAbsent(expected, k -> new TreeMap<>()).merge(predicted.label(), 1, Integer::sum);
        total++;
        boolean right = predicted.label().equals(expected);
        if (right) {
            correct++;
        } else if (misses.size() < 40) {
            misses.add(String.format(Locale.ROOT, "  %s -> %s (%.2f): %s", expected, predicted.label(),
                    predicted.confidence(), text));
        }
        if (predicted.inTop(expected, 3)) {
            top3++;
        }
        noAnswers += predicted.isNoAnswer() ? 1 : 0;
        curve.answer(right, predicted);
        if (accepts(predicted)) {
            accepted++;
            acceptedCorrect += right ? 1 : 0;
        }
    }

    /**
     * A line that is no answer (chatter): kept apart from the levels' figures; counts whether the
     * model took it for no answer and whether the policy would have recorded a level for it.
     */
    public void addChatter(Classification predicted) {
        chatter++;
        chatterTakenAsNone += predicted.isNoAnswer() ? 1 : 0;
        chatterAccepted += accepts(predicted) ? 1 : 0;
        curve.chatter(predicted);
    }

    /** The trade-off of other confidence policies on the same predictions ({@link PolicyCurve}). */
    public String policyCurve(List<ConfidencePolicy> policies) {
        return curve.report(policies);
    }

    private boolean accepts(Classification predicted) {
        return policy != null && !predicted.isNoAnswer() && policy.accepts(predicted);
    }

    /** The share of chatter lines for which the policy would have recorded a level. */
    public double chatterRecorded() {
        return ratio(chatterAccepted, chatter);
    }

    public double accuracy() {
        return ratio(correct, total);
    }

    public double top3() {
        return ratio(top3, total);
    }

    public double autoAcceptedAccuracy() {
        return ratio(acceptedCorrect, accepted);
    }

    public double askedBack() {
        return 1.0 - ratio(accepted, total);
    }

    public double recall(String label) {
        Map<String, Integer> row = confusion.getOrDefault(label, Map.of());
        return ratio(row.getOrDefault(label, 0), row.values().stream().mapToInt(Integer::intValue).sum());
    }

    public double macroF1() {
        double sum = 0;
        int counted = 0;
        for (String label : confusion.keySet()) {
            int truePositives = confusion.get(label).getOrDefault(label, 0);
            int predicted = confusion.values().stream().mapToInt(row -> row.getOrDefault(label, 0)).sum();
            double precision = ratio(truePositives, predicted);
            double recall = recall(label);
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    public int total() {
        return total;
    }

    /** The figures as a plain-text report. */
    public String report(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%n== %s: %d samples%n", title, total));
        out.append(String.format(Locale.ROOT, "accuracy %.1f %%, macro-F1 %.3f, top-3 %.1f %%%n",
                100 * accuracy(), macroF1(), 100 * top3()));
        if (policy != null) {
            out.append(String.format(Locale.ROOT, "auto-accepted (p >= %.2f, margin >= %.2f): %.1f %% right, %.1f %% asked back%n",
                    policy.threshold(), policy.margin(), 100 * autoAcceptedAccuracy(), 100 * askedBack()));
        }
        if (noAnswers > 0) {
            out.append(String.format(Locale.ROOT, "answers taken for no answer (wrong, asked back): %d%n", noAnswers));
        }
        if (chatter > 0) {
            out.append(String.format(Locale.ROOT, "chatter lines (not scored above): %d, taken for no answer %.1f %%, recorded as a level %.1f %%%n",
                    chatter, 100 * ratio(chatterTakenAsNone, chatter), 100 * chatterRecorded()));
        }
        out.append("recall per label:");
        confusion.keySet().forEach(l -> out.append(String.format(Locale.ROOT, " %s %.0f %%", l, 100 * recall(l))));
        out.append("\nconfusion (rows expected, columns predicted):\n");
        out.append(String.format("%-15s", ""));
        labels.forEach(l -> out.append(String.format("%6s", abbreviate(l))));
        out.append('\n');
        for (String expected : confusion.keySet()) {
            out.append(String.format("%-15s", expected));
            labels.forEach(l -> out.append(String.format("%6d", confusion.get(expected).getOrDefault(l, 0))));
            out.append('\n');
        }
        if (withMisses && !misses.isEmpty()) {
            out.append("first misses:\n");
            misses.forEach(m -> out.append(m).append('\n'));
        }
        return out.toString();
    }

    private static String abbreviate(String label) {
        return label.length() <= 5 ? label : label.substring(0, 5);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
