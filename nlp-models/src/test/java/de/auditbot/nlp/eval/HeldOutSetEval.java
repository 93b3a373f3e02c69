package de.auditbot.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The later held-out sets ({@code heldout-4/} and on), each written before the changes of its
 * round and measured once before and once after them; spent sets become training lines
 * ({@link TrainingData#FROM_SPENT_SETS}). Only totals are
 * printed, never the misses, so that nobody tunes training lines against a set; from the seventh set on
 * the answer model is measured too. A set's lines must
 * not repeat training lines or lines of the sets before it (case and, from the fifth set on, punctuation aside). Run with
 * {@code ./mvnw -pl nlp-models -Peval verify}; the figures of each round are in {@link HeldOutSet}.
 * A set sealed in the working copy ({@link HeldOutSet#sealed()}) is skipped, its figures unprinted.
 */
class HeldOutSetEval {

    private final Evaluation evaluation = new Evaluation(new ChatFeatures(new TextNormalizer()));

    @ParameterizedTest
    @EnumSource(HeldOutSet.class)
    void intentModel(HeldOutSet set) {
        Scorecard card = measure(ModelKind.INTENT, set);
        assertThat(card.total()).isGreaterThanOrEqualTo(set.intentLines);
        assertThat(card.accuracy()).as("intent accuracy on %s", set.folder).isGreaterThanOrEqualTo(set.intentFloor);
    }

    @ParameterizedTest
    @EnumSource(HeldOutSet.class)
    void criterionModel(HeldOutSet set) {
        Scorecard card = measure(ModelKind.CRITERION, set);
        assertThat(card.total()).isGreaterThanOrEqualTo(set.questions);
        assertThat(card.accuracy()).as("criterion top-1 on %s", set.folder).isGreaterThanOrEqualTo(set.top1Floor);
        assertThat(card.top3()).as("criterion top-3 on %s", set.folder).isGreaterThanOrEqualTo(set.top3Floor);
    }

    /**
     * The answer model on the sets that have answers (from the seventh on), with the bot's
     * confidence policy: how many auto-accepted answers are right and how many are asked back.
     */
    @ParameterizedTest(allowZeroInvocations = true)
    @MethodSource("setsWithAnswers")
    void answerModel(HeldOutSet set) {
        Scorecard card = measure(ModelKind.ANSWER, set);
        System.out.printf(Locale.ROOT, "auto-accepted (p >= %.2f, margin >= %.2f): %.1f %% right, %.1f %% asked back%n",
                ConfidencePolicy.ANSWERS.threshold(), ConfidencePolicy.ANSWERS.margin(),
                100 * card.autoAcceptedAccuracy(), 100 * card.askedBack());
        assertThat(card.total()).isGreaterThanOrEqualTo(set.answers.lines());
        assertThat(card.accuracy()).as("answer accuracy on %s", set.folder).isGreaterThanOrEqualTo(set.answers.accuracy());
        assertThat(card.autoAcceptedAccuracy()).as("auto-accepted answers right on %s", set.folder)
                .isGreaterThanOrEqualTo(set.answers.autoAccepted());
        assertThat(card.askedBack()).as("answers asked back on %s", set.folder)
                .isLessThanOrEqualTo(set.answers.askedBackAtMost());
    }

    static Stream<HeldOutSet> setsWithAnswers() {
        return Arrays.stream(HeldOutSet.values()).filter(HeldOutSet::hasAnswers);
    }

    private Scorecard measure(ModelKind kind, HeldOutSet set) {
        assumeFalse(set.sealed(), set.folder + " is sealed in this working copy (" + SealedSets.FILE + ")");
        List<Sample> training = TrainingData.training(kind);
        List<Sample> lines = TrainingData.samples(kind, set.folder);
        List<Sample> seen = new ArrayList<>(training);
        set.earlier.stream().filter(root -> hasSamples(kind, root))
                .forEach(root -> seen.addAll(TrainingData.samples(kind, root)));
        Set<String> seenTexts = seen.stream().map(s -> set.key(s.text())).collect(Collectors.toSet());
        // only the repeated lines are named on failure, never the whole set
        assertThat(lines.stream().filter(h -> seenTexts.contains(set.key(h.text()))).toList())
                .as("%s lines that repeat training lines or lines of earlier held-out sets", set.folder).isEmpty();
        assertThat(lines.stream().map(s -> set.key(s.text())).distinct().count())
                .as("%s lines are all different", set.folder).isEqualTo(lines.size());
        Scorecard card = evaluation.heldOut(kind, training, lines);
        System.out.printf(Locale.ROOT, "%n== %s model, %s: %d lines, accuracy %.1f %%, macro-F1 %.3f, top-3 %.1f %%%n",
                kind.id(), set.folder, card.total(), 100 * card.accuracy(), card.macroF1(), 100 * card.top3());
        return card;
    }

    /** Whether an earlier set has lines for a model (only the first set has answers). */
    private static boolean hasSamples(ModelKind kind, String root) {
        return HeldOutSetEval.class.getResource(kind.sampleFolder(root) + kind.labels().get(0) + ".txt") != null;
    }
}
