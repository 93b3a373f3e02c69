package de.auditbot.audit.scoring;

/**
 * One recommended action for a principle.
 */
public record NextStep(int principle, Kind kind, String link) {

    /** Which kind of hint fits the answers. */
    public enum Kind {
        /** At least one check question is not fulfilled: start doing it. */
        NOT_FULFILLED,
        /** Partly done: close the gaps. */
        PARTIAL,
        /** Mostly unknown: find out where the team stands. */
        CLARIFY
    }
}
