package de.auditbot.audit.scoring;

import de.auditbot.audit.catalog.Catalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks the most important actions: weakest principles first (red before amber, lowest score
 * first), then principles where "don't know" answers leave the picture open. At most five.
 */
public final class NextStepPlanner {

    static final int MAX_STEPS = 5;

    public List<NextStep> plan(Catalog catalog, AuditScore score) {
        List<NextStep> steps = new ArrayList<>();
        score.principles().stream()
                .filter(p -> p.light() == Light.RED || p.light() == Light.AMBER)
                .sorted(Comparator.comparingDouble((PrincipleScore p) -> p.score().value())
                        .thenComparingInt(PrincipleScore::number))
                .limit(MAX_STEPS)
                .forEach(p -> steps.add(step(catalog, p, kindOf(p))));
        score.principles().stream()
                .filter(p -> p.light() == Light.GREEN && p.unknown() > 0)
                .sorted(Comparator.comparingInt(PrincipleScore::unknown).reversed()
                        .thenComparingInt(PrincipleScore::number))
                .limit(Math.max(0, MAX_STEPS - steps.size()))
                .forEach(p -> steps.add(step(catalog, p, NextStep.Kind.CLARIFY)));
        return steps;
    }

    private static NextStep.Kind kindOf(PrincipleScore principle) {
        if (principle.anyNotFulfilled()) {
            return NextStep.Kind.NOT_FULFILLED;
        }
        return principle.score().answered() == 0 ? NextStep.Kind.CLARIFY : NextStep.Kind.PARTIAL;
    }

    private static NextStep step(Catalog catalog, PrincipleScore principle, NextStep.Kind kind) {
        String link = catalog.principle(principle.number()).orElseThrow().link();
        return new NextStep(principle.number(), kind, link);
    }
}
