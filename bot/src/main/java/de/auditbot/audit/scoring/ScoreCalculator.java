package de.auditbot.audit.scoring;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Category;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns answers into scores. Per question fulfilled = 1, partial = 0.5, not fulfilled = 0,
 * don't know = 0 (and open); does not apply is left out. A principle is the mean of its answered
 * questions, a category the mean of its principles, overall the mean of all principles with an
 * applicable answer. Coverage is counted alongside.
 */
public final class ScoreCalculator {

    public AuditScore calculate(Catalog catalog, Map<String, AnswerLevel> levels) {
        List<PrincipleScore> principles = new ArrayList<>();
        List<CategoryScore> categories = new ArrayList<>();
        for (Category category : catalog.categories()) {
            List<PrincipleScore> inCategory = category.principles().stream()
                    .map(p -> principle(p, levels))
                    .toList();
            principles.addAll(inCategory);
            Score score = combine(inCategory);
            boolean noneApplies = inCategory.stream().allMatch(p -> p.light() == Light.NOT_APPLICABLE);
            Light light = noneApplies ? Light.NOT_APPLICABLE : Light.of(score.value());
            categories.add(new CategoryScore(category.id(), score, light));
        }
        return new AuditScore(combine(principles), categories, principles);
    }

    private static PrincipleScore principle(Principle principle, Map<String, AnswerLevel> levels) {
        double sum = 0;
        int scored = 0;
        int answered = 0;
        int notApplicable = 0;
        int unknown = 0;
        boolean anyNotFulfilled = false;
        for (Question question : principle.questions()) {
            AnswerLevel level = levels.get(question.id());
            if (level == null) {
                continue;
            }
            if (level == AnswerLevel.NOT_APPLICABLE) {
                notApplicable++;
                continue;
            }
            sum += level.value();
            scored++;
            answered += level.settles() ? 1 : 0;
            unknown += level == AnswerLevel.UNKNOWN ? 1 : 0;
            anyNotFulfilled |= level == AnswerLevel.NOT_FULFILLED;
        }
        int applicable = principle.questions().size() - notApplicable;
        Double value = scored == 0 ? null : sum / scored;
        Light light = applicable == 0 ? Light.NOT_APPLICABLE : Light.of(value);
        return new PrincipleScore(principle.number(), principle.categoryId(),
                new Score(value, answered, applicable), light, unknown, anyNotFulfilled);
    }

    private static Score combine(List<PrincipleScore> principles) {
        List<Double> values = principles.stream().map(p -> p.score().value()).filter(Objects::nonNull).toList();
        Double mean = values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        int answered = principles.stream().mapToInt(p -> p.score().answered()).sum();
        int applicable = principles.stream().mapToInt(p -> p.score().applicable()).sum();
        return new Score(mean, answered, applicable);
    }
}
