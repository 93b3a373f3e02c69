package de.auditbot.audit;

/**
 * How far a check question is fulfilled, as a team answered it.
 */
public enum AnswerLevel {
    FULFILLED,
    PARTIAL,
    NOT_FULFILLED,
    /** The team does not know yet; scores 0 and counts as open. */
    UNKNOWN,
    /** Does not apply to this service; left out of every score. */
    NOT_APPLICABLE;

    /** The value of the answer in a score, or null when it is left out. */
    public Double value() {
        return switch (this) {
            case FULFILLED -> 1.0;
            case PARTIAL -> 0.5;
            case NOT_FULFILLED, UNKNOWN -> 0.0;
            case NOT_APPLICABLE -> null;
        };
    }

    /** Whether the answer settles the question (UNKNOWN and NOT_APPLICABLE do not count as answered). */
    public boolean settles() {
        return this == FULFILLED || this == PARTIAL || this == NOT_FULFILLED;
    }
}
