package de.auditbot.nlp.model;

/**
 * When a prediction is sure enough to act on without asking back: the best label reaches the
 * threshold and leads the second by at least the margin. The evaluation measures the answer
 * model with the same policy the bot applies.
 */
public record ConfidencePolicy(double threshold, double margin) {

    /** Chosen on cross-validation so that auto-accepted answers are right at least 97 % of the time. */
    public static final ConfidencePolicy ANSWERS = new ConfidencePolicy(0.60, 0.25);

    public boolean accepts(Classification classification) {
        return classification.confidence() >= threshold && classification.margin() >= margin;
    }
}
