package de.auditbot.nlp.model;

/**
 * When a prediction is sure enough to act on without asking back: the best label reaches the
 * threshold and leads the second by at least the margin. The evaluation measures the answer
 * model with the same policy the bot applies.
 */
public record ConfidencePolicy(double threshold, double margin) {

    /**
     * High enough that everyday off-topic sentences ("das Wetter ist schön") are asked back; on the
     * held-out lines auto-accepted answers are then right at least 97 % of the time while at most a
     * quarter is asked back (README, "Understanding free text").
     */
    public static final ConfidencePolicy ANSWERS = new ConfidencePolicy(0.75, 0.50);

    public boolean accepts(Classification classification) {
        return classification.confidence() >= threshold && classification.margin() >= margin;
    }
}
