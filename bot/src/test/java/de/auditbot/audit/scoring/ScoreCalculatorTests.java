package de.auditbot.audit.scoring;

import static de.auditbot.audit.AnswerLevel.FULFILLED;
import static de.auditbot.audit.AnswerLevel.NOT_APPLICABLE;
import static de.auditbot.audit.AnswerLevel.NOT_FULFILLED;
import static de.auditbot.audit.AnswerLevel.PARTIAL;
import static de.auditbot.audit.AnswerLevel.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.TestCatalog;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The scoring rules of the issue: per question 1 / 0.5 / 0 / 0 (don't know, and open), "does not
 * apply" left out; principle = mean of its answered questions, category = mean of its principles,
 * overall = mean of the principles with an applicable answer; lights GREEN ≥ 0.75, AMBER ≥ 0.4, RED below.
 */
class ScoreCalculatorTests {

    /** Category a: principle 1 with four questions, 2 with two; category b: principle 3 with five. */
    private final Catalog catalog = TestCatalog.category("a")
            .principle(1, "a", "b", "c", "d")
            .principle(2, "a", "b")
            .andCategory("b")
            .principle(3, "a", "b", "c", "d", "e")
            .build();

    private final ScoreCalculator calculator = new ScoreCalculator();

    @Test
    void everythingFulfilledScoresOneAndIsGreen() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, FULFILLED,
                "2", FULFILLED, FULFILLED,
                "3", FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED));

        assertThat(score.overall()).isEqualTo(new Score(1.0, 11, 11));
        assertThat(score.overall().coverage()).isEqualTo(1.0);
        assertThat(score.principles()).extracting(PrincipleScore::number).containsExactly(1, 2, 3);
        assertThat(score.principles()).allSatisfy(p -> {
            assertThat(p.score().value()).isEqualTo(1.0);
            assertThat(p.light()).isEqualTo(Light.GREEN);
            assertThat(p.open()).isZero();
        });
        assertThat(score.categories()).extracting(CategoryScore::id).containsExactly("a", "b");
        assertThat(score.categories()).allSatisfy(c -> {
            assertThat(c.score().value()).isEqualTo(1.0);
            assertThat(c.light()).isEqualTo(Light.GREEN);
        });
    }

    @Test
    void eachAnswerLevelHasItsValue() {
        Catalog oneQuestionEach = TestCatalog.category("a")
                .principle(1, "q").principle(2, "q").principle(3, "q").principle(4, "q")
                .build();

        AuditScore score = calculator.calculate(oneQuestionEach, Map.of(
                "1.q", FULFILLED, "2.q", PARTIAL, "3.q", NOT_FULFILLED, "4.q", UNKNOWN));

        assertThat(score.principle(1).score().value()).isEqualTo(1.0);
        assertThat(score.principle(2).score().value()).isEqualTo(0.5);
        assertThat(score.principle(3).score().value()).isEqualTo(0.0);
        assertThat(score.principle(4).score().value()).isEqualTo(0.0);
        assertThat(score.overall().value()).isCloseTo(1.5 / 4, within(1e-9));
    }

    @Test
    void dontKnowCountsAsZeroInTheScoreButNotAsAnswered() {
        AuditScore score = calculator.calculate(catalog, answers("1", FULFILLED, UNKNOWN, FULFILLED, UNKNOWN));

        PrincipleScore first = score.principle(1);
        assertThat(first.score()).isEqualTo(new Score(0.5, 2, 4));
        assertThat(first.score().coverage()).isEqualTo(0.5);
        assertThat(first.unknown()).isEqualTo(2);
        assertThat(first.open()).isEqualTo(2);
        assertThat(first.light()).isEqualTo(Light.AMBER);
        assertThat(first.anyNotFulfilled()).isFalse();
    }

    @Test
    void doesNotApplyIsLeftOutOfScoreAndApplicable() {
        AuditScore score = calculator.calculate(catalog, answers("1", FULFILLED, NOT_APPLICABLE, NOT_FULFILLED, NOT_APPLICABLE));

        PrincipleScore first = score.principle(1);
        assertThat(first.score()).isEqualTo(new Score(0.5, 2, 2));
        assertThat(first.anyNotFulfilled()).isTrue();
        assertThat(score.overall().applicable()).isEqualTo(11 - 2);
    }

    @Test
    void aPrincipleThatDoesNotApplyAtAllHasNoScoreAndIsLeftOutOfTheMeans() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", PARTIAL, PARTIAL, PARTIAL, PARTIAL,
                "2", NOT_APPLICABLE, NOT_APPLICABLE,
                "3", FULFILLED, FULFILLED, FULFILLED, FULFILLED, FULFILLED));

        PrincipleScore second = score.principle(2);
        assertThat(second.light()).isEqualTo(Light.NOT_APPLICABLE);
        assertThat(second.score()).isEqualTo(new Score(null, 0, 0));
        assertThat(second.score().coverage()).isZero();
        // as 0 it would pull category a to 0.25 and overall to 0.5
        assertThat(score.categories().get(0).score().value()).isEqualTo(0.5);
        assertThat(score.overall().value()).isEqualTo(0.75);
        assertThat(score.overall().applicable()).isEqualTo(9);
        assertThat(score.overall().answered()).isEqualTo(9);
    }

    @Test
    void aCategoryWhereNothingAppliesIsMarkedSoRatherThanOpen() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, FULFILLED,
                "3", NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE, NOT_APPLICABLE));

        CategoryScore b = score.categories().get(1);
        assertThat(b.light()).isEqualTo(Light.NOT_APPLICABLE);
        assertThat(b.score()).isEqualTo(new Score(null, 0, 0));
        assertThat(score.categories().get(0).light()).isEqualTo(Light.GREEN);
        assertThat(score.overall().value()).isEqualTo(1.0);
    }

    @Test
    void anUnansweredPrincipleIsOpenWithoutScoreAndLeftOutOfTheMeans() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, FULFILLED,
                "2", NOT_FULFILLED, NOT_FULFILLED));

        PrincipleScore third = score.principle(3);
        assertThat(third.light()).isEqualTo(Light.OPEN);
        assertThat(third.score()).isEqualTo(new Score(null, 0, 5));
        assertThat(third.open()).isEqualTo(5);
        CategoryScore b = score.categories().get(1);
        assertThat(b.score().value()).isNull();
        assertThat(b.light()).isEqualTo(Light.OPEN);
        assertThat(score.overall()).isEqualTo(new Score(0.5, 6, 11));
    }

    @Test
    void nothingAnsweredHasNoScoreAnywhere() {
        AuditScore score = calculator.calculate(catalog, Map.of());

        assertThat(score.overall()).isEqualTo(new Score(null, 0, 11));
        assertThat(score.principles()).extracting(PrincipleScore::light).containsOnly(Light.OPEN);
        assertThat(score.categories()).extracting(CategoryScore::light).containsOnly(Light.OPEN);
    }

    @Test
    void aPrincipleIsTheMeanOfItsAnsweredQuestionsWhileTheRestLowersCoverage() {
        AuditScore score = calculator.calculate(catalog, Map.of("1.a", FULFILLED, "1.b", PARTIAL));

        assertThat(score.principle(1).score()).isEqualTo(new Score(0.75, 2, 4));
        assertThat(score.principle(1).score().coverage()).isEqualTo(0.5);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1.0, GREEN", "0.75, GREEN", "0.7499999, AMBER", "0.74, AMBER", "0.5, AMBER", "0.4, AMBER",
            "0.3999999, RED", "0.0, RED"})
    void lightThresholds(double value, Light light) {
        assertThat(Light.of(value)).isEqualTo(light);
    }

    @Test
    void noScoreIsAnOpenLight() {
        assertThat(Light.of(null)).isEqualTo(Light.OPEN);
    }

    @Test
    void lightsAtTheEdgesThroughTheCalculator() {
        Catalog fourAndFive = TestCatalog.category("a")
                .principle(1, "a", "b", "c", "d").principle(2, "a", "b", "c", "d")
                .principle(3, "a", "b", "c", "d", "e").principle(4, "a", "b", "c", "d")
                .build();

        AuditScore score = calculator.calculate(fourAndFive, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, NOT_FULFILLED,          // 0.75
                "2", FULFILLED, FULFILLED, PARTIAL, NOT_FULFILLED,            // 0.625
                "3", FULFILLED, FULFILLED, NOT_FULFILLED, NOT_FULFILLED, UNKNOWN, // 0.4
                "4", FULFILLED, PARTIAL, NOT_FULFILLED, NOT_FULFILLED));      // 0.375

        assertThat(score.principles()).extracting(p -> p.score().value()).containsExactly(0.75, 0.625, 0.4, 0.375);
        assertThat(score.principles()).extracting(PrincipleScore::light)
                .containsExactly(Light.GREEN, Light.AMBER, Light.AMBER, Light.RED);
    }

    @Test
    void aCategoryIsTheMeanOfItsPrinciplesNotOfItsQuestions() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, FULFILLED,
                "2", NOT_FULFILLED, NOT_FULFILLED));

        CategoryScore a = score.categories().get(0);
        // the mean of its six questions would be 4/6
        assertThat(a.score()).isEqualTo(new Score(0.5, 6, 6));
        assertThat(a.light()).isEqualTo(Light.AMBER);
    }

    @Test
    void overallIsTheMeanOfThePrinciplesNotOfCategoriesOrQuestions() {
        AuditScore score = calculator.calculate(catalog, answers(
                "1", FULFILLED, FULFILLED, FULFILLED, FULFILLED,
                "2", NOT_FULFILLED, NOT_FULFILLED,
                "3", FULFILLED, FULFILLED, NOT_FULFILLED, NOT_FULFILLED, NOT_FULFILLED));

        assertThat(score.categories()).extracting(c -> c.score().value()).containsExactly(0.5, 0.4);
        // mean of categories would be 0.45, mean of questions 6/11
        assertThat(score.overall().value()).isCloseTo(1.4 / 3, within(1e-9));
        assertThat(score.overall().answered()).isEqualTo(11);
    }

    @Test
    void answersToQuestionsTheCatalogDoesNotHaveAreIgnored() {
        AuditScore score = calculator.calculate(catalog, Map.of("1.a", FULFILLED, "1.gone", NOT_FULFILLED, "9.x", NOT_FULFILLED));

        assertThat(score.principle(1).score()).isEqualTo(new Score(1.0, 1, 4));
        assertThat(score.overall()).isEqualTo(new Score(1.0, 1, 11));
    }

    /**
     * Levels by principle: {@code "1", FULFILLED, PARTIAL, "2", ...} answers 1.a, 1.b, 2.a, ...
     * (the test catalogs name their questions a, b, c, ...).
     */
    static Map<String, AnswerLevel> answers(Object... principlesAndLevels) {
        Map<String, AnswerLevel> levels = new HashMap<>();
        String principle = null;
        char local = 'a';
        for (Object item : principlesAndLevels) {
            if (item instanceof String number) {
                principle = number;
                local = 'a';
            } else {
                levels.put(principle + "." + local++, (AnswerLevel) item);
            }
        }
        return levels;
    }
}
