package de.auditbot.audit.scoring;

/**
 * A score with its coverage: the score alone says nothing without how much of it was answered.
 *
 * @param value      0..1, or null when nothing applicable was answered
 * @param answered   questions answered with fulfilled, partial or not fulfilled
 * @param applicable questions that apply (all but "does not apply")
 */
public record Score(Double value, int answered, int applicable) {

    /** Answered share of the applicable questions, 0..1. */
    public double coverage() {
        return applicable == 0 ? 0 : (double) answered / applicable;
    }
}
