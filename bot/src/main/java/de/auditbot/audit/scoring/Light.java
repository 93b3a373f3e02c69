package de.auditbot.audit.scoring;

/**
 * Traffic light of a principle: GREEN from 0.75, AMBER from 0.4, RED below.
 */
public enum Light {
    GREEN,
    AMBER,
    RED,
    /** Nothing answered yet. */
    OPEN,
    /** Every answer said the principle does not apply. */
    NOT_APPLICABLE;

    static Light of(Double score) {
        if (score == null) {
            return OPEN;
        }
        if (score >= 0.75) {
            return GREEN;
        }
        return score >= 0.4 ? AMBER : RED;
    }
}
