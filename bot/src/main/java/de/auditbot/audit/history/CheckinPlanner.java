package de.auditbot.audit.history;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.ScoreCalculator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Chooses the principles of a sprint check-in: never assessed first, then the lowest score, then
 * the oldest answer. Answering a principle makes it newer, so the choice rotates through the
 * whole catalog over the sprints instead of circling the same weak spots.
 */
public final class CheckinPlanner {

    /** How many principles a check-in asks about: about two minutes of questions. */
    public static final int SIZE = 3;

    private final ScoreCalculator calculator = new ScoreCalculator();

    /**
     * @param categoryId a category to stay within, or null for the whole catalog
     */
    public List<Integer> choose(Catalog catalog, TeamStanding standing, String categoryId) {
        AuditScore score = calculator.calculate(catalog, standing.levels());
        Comparator<Principle> order = Comparator
                .comparing((Principle p) -> standing.lastAnswered(p.number()).isPresent())
                // A principle that does not apply at all has no score and is the least urgent.
                .thenComparing(p -> value(score, p), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(p -> standing.lastAnswered(p.number()).orElse(Instant.EPOCH))
                .thenComparing(Principle::number);
        return catalog.principles().stream()
                .filter(p -> categoryId == null || p.categoryId().equals(categoryId))
                .sorted(order)
                .limit(SIZE)
                .map(Principle::number)
                .toList();
    }

    private static Double value(AuditScore score, Principle principle) {
        return score.principle(principle.number()).score().value();
    }
}
