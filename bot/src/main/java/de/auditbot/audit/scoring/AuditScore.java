package de.auditbot.audit.scoring;

import java.util.List;

/**
 * Scores of an audit: overall, per category and per principle, in catalog order.
 */
public record AuditScore(Score overall, List<CategoryScore> categories, List<PrincipleScore> principles) {

    public AuditScore {
        categories = List.copyOf(categories);
        principles = List.copyOf(principles);
    }

    public PrincipleScore principle(int number) {
        return principles.stream().filter(p -> p.number() == number).findFirst().orElseThrow();
    }
}
