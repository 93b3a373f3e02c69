package de.auditbot.audit.scoring;

import static de.auditbot.audit.AnswerLevel.FULFILLED;
import static de.auditbot.audit.AnswerLevel.NOT_APPLICABLE;
import static de.auditbot.audit.AnswerLevel.NOT_FULFILLED;
import static de.auditbot.audit.AnswerLevel.PARTIAL;
import static de.auditbot.audit.AnswerLevel.UNKNOWN;
import static de.auditbot.audit.scoring.ScoreCalculatorTests.answers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.TestCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Next steps: weakest principles first (red before amber, ties by number), at most five, the kind
 * of hint from the answers, then "find out" for green principles with "don't know" answers.
 */
class NextStepPlannerTests {

    /** Seven principles with two questions and one with four (8), in two categories. */
    private final Catalog catalog = TestCatalog.category("a")
            .principle(1, "a", "b").principle(2, "a", "b").principle(3, "a", "b").principle(4, "a", "b")
            .andCategory("b")
            .principle(5, "a", "b").principle(6, "a", "b").principle(7, "a", "b").principle(8, "a", "b", "c", "d")
            .build();

    private final ScoreCalculator calculator = new ScoreCalculator();
    private final NextStepPlanner planner = new NextStepPlanner();

    @Test
    void weakestFirstRedBeforeAmberTiesByNumberAtMostFive() {
        List<NextStep> steps = plan(answers(
                "1", PARTIAL, PARTIAL,             // 0.5  amber
                "2", NOT_FULFILLED, NOT_FULFILLED, // 0.0  red
                "3", PARTIAL, NOT_FULFILLED,       // 0.25 red
                "4", PARTIAL, PARTIAL,             // 0.5  amber
                "5", FULFILLED, FULFILLED,         // 1.0  green
                "6", NOT_FULFILLED, NOT_FULFILLED, // 0.0  red
                "7", FULFILLED, NOT_FULFILLED,     // 0.5  amber, sixth: cut
                "8", FULFILLED, FULFILLED, FULFILLED, UNKNOWN)); // 0.75 green with "don't know": no slot left

        assertThat(steps).extracting(NextStep::principle).containsExactly(2, 6, 3, 1, 4);
    }

    @Test
    void anyNotFulfilledAnswerAsksToStartOtherwiseToCloseTheGaps() {
        List<NextStep> steps = plan(answers(
                "1", FULFILLED, NOT_FULFILLED, // 0.5 amber with a "no"
                "2", PARTIAL, PARTIAL,         // 0.5 amber
                "3", PARTIAL, NOT_FULFILLED,   // 0.25 red with a "no"
                "4", FULFILLED, UNKNOWN,       // 0.5 amber, one "don't know"
                "5", UNKNOWN, UNKNOWN));       // 0.0 red, nothing known

        assertThat(steps).extracting(NextStep::principle, NextStep::kind).containsExactly(
                tuple(5, NextStep.Kind.CLARIFY),
                tuple(3, NextStep.Kind.NOT_FULFILLED),
                tuple(1, NextStep.Kind.NOT_FULFILLED),
                tuple(2, NextStep.Kind.PARTIAL),
                tuple(4, NextStep.Kind.PARTIAL));
    }

    @Test
    void greenPrinciplesWithDontKnowAreToBeClarifiedAfterTheWeakOnes() {
        List<NextStep> steps = plan(answers(
                "1", FULFILLED, FULFILLED,
                "2", PARTIAL, PARTIAL,
                "8", FULFILLED, FULFILLED, FULFILLED, UNKNOWN));

        assertThat(steps).extracting(NextStep::principle, NextStep::kind).containsExactly(
                tuple(2, NextStep.Kind.PARTIAL),
                tuple(8, NextStep.Kind.CLARIFY));
    }

    @Test
    void eachStepCarriesThePrinciplesLink() {
        List<NextStep> steps = plan(answers("3", NOT_FULFILLED, NOT_FULFILLED, "6", PARTIAL, PARTIAL));

        assertThat(steps).extracting(NextStep::principle, NextStep::link).containsExactly(
                tuple(3, TestCatalog.link(3)), tuple(6, TestCatalog.link(6)));
    }

    @Test
    void nothingToDoWhenEverythingAnsweredIsGreen() {
        assertThat(plan(answers(
                "1", FULFILLED, FULFILLED,
                "2", FULFILLED, PARTIAL,
                "3", NOT_APPLICABLE, NOT_APPLICABLE))).isEmpty();
    }

    @Test
    void nothingToDoBeforeAnyAnswer() {
        assertThat(plan(Map.of())).isEmpty();
    }

    private List<NextStep> plan(Map<String, AnswerLevel> levels) {
        List<NextStep> steps = planner.plan(catalog, calculator.calculate(catalog, levels));
        assertThat(steps).hasSizeLessThanOrEqualTo(5);
        return steps;
    }
}
