package de.auditbot.nlp.model;

import java.util.List;

/**
 * What a model makes of a text: every label with its probability, best first.
 */
public record Classification(List<ScoredLabel> ranking) {

    public Classification {
        if (ranking.isEmpty()) {
            throw new IllegalArgumentException("A classification needs at least one label");
        }
        ranking = List.copyOf(ranking);
    }

    public String label() {
        return ranking.get(0).label();
    }

    public double confidence() {
        return ranking.get(0).confidence();
    }

    /** How far the best label is ahead of the second; 1 when there is only one. */
    public double margin() {
        return ranking.size() < 2 ? 1.0 : ranking.get(0).confidence() - ranking.get(1).confidence();
    }

    public List<ScoredLabel> top(int n) {
        return ranking.subList(0, Math.min(n, ranking.size()));
    }

    /**
     * The same probabilities with the given label first: it swaps its probability with the best
     * label's, so that the sum and every other label stay as they were.
     */
    public Classification withFirst(String label) {
        int at = -1;
        for (int i = 0; i < ranking.size(); i++) {
            at = ranking.get(i).label().equals(label) ? i : at;
        }
        if (at <= 0) {
            return this;
        }
        List<ScoredLabel> swapped = new java.util.ArrayList<>(ranking);
        swapped.set(0, new ScoredLabel(label, ranking.get(0).confidence()));
        swapped.set(at, new ScoredLabel(ranking.get(0).label(), ranking.get(at).confidence()));
        swapped.sort(java.util.Comparator.comparingDouble(ScoredLabel::confidence).reversed());
        return new Classification(swapped);
    }

    /**
     * The ranking without the model's internal labels ({@link ModelKind#NO_ANSWER}), each label
     * keeping its own probability: not scaled up, so that a message the model took for no answer
     * comes back unsure.
     */
    public Classification publicLabels() {
        List<ScoredLabel> kept = ranking.stream().filter(s -> !ModelKind.isInternal(s.label())).toList();
        return kept.size() == ranking.size() ? this : new Classification(kept);
    }

    /** Whether the best label is the answer model's {@link ModelKind#NO_ANSWER}: the message answers nothing. */
    public boolean isNoAnswer() {
        return ModelKind.isInternal(label());
    }

    /** Whether the label is among the best n. */
    public boolean inTop(String label, int n) {
        return top(n).stream().anyMatch(s -> s.label().equals(label));
    }
}
