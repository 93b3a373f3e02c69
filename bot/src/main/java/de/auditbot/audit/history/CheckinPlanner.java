package de.auditbot.audit.history;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.ScoreCalculator;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses what a sprint check-in asks: a few principles, never assessed first, then the lowest
 * score, then the oldest answer; and of each only one question, never answered first, then the
 * weakest answer, then the oldest. Answering makes a principle and a question newer, so the choice
 * rotates through the whole catalog over the sprints instead of circling the same weak spots.
 */
public final class CheckinPlanner {

    /** How many principles a check-in asks about, one question each: about two minutes. */
    public static final int SIZE = 4;

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

    /** The one question to ask for each chosen principle, in the order of the principles. */
    public List<String> questions(Catalog catalog, TeamStanding standing, List<Integer> principles) {
        Comparator<Question> order = Comparator
                .comparing((Question q) -> standing.answerTo(q.id()).isPresent())
                .thenComparing(q -> standing.answerTo(q.id()).map(a -> a.level().value()).orElse(null),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(q -> standing.answerTo(q.id()).map(RunAnswer::at).orElse(Instant.EPOCH));
        return principles.stream()
                .map(catalog::principle)
                .flatMap(Optional::stream)
                .map(p -> p.questions().stream().sorted(order).findFirst().orElseThrow().id())
                .toList();
    }

    private static Double value(AuditScore score, Principle principle) {
        return score.principle(principle.number()).score().value();
    }
}
