package de.auditbot.audit.history;

/**
 * How a score moved against the previous run.
 */
public enum Trend {
    UP("↑"),
    SAME("→"),
    DOWN("↓"),
    /** No score before, or none now. */
    NEW("•");

    private final String arrow;

    Trend(String arrow) {
        this.arrow = arrow;
    }

    public String arrow() {
        return arrow;
    }

    /** Scores within half a percentage point count as unchanged, so rounding shows no false arrow. */
    public static Trend between(Double before, Double after) {
        if (before == null || after == null) {
            return NEW;
        }
        double delta = after - before;
        return delta > 0.005 ? UP : delta < -0.005 ? DOWN : SAME;
    }
}
