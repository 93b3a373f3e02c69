package de.auditbot.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Model quality, run with {@code ./mvnw -pl nlp-models -Peval verify}: prints 10-fold
 * cross-validation and held-out figures per model and asserts floors on the held-out lines,
 * which training never reads. The floors are the issue's targets or what is reached where that is
 * higher (intent 97.7 % on 218 lines); criterion top-1 reaches 90.4 % on 342 questions (target
 * 90 %). The later held-out sets (fourth to seventh) are measured by {@link HeldOutSetEval}.
 */
class ModelQualityEval {

    private static final String HELD_OUT = "heldout";
    private static final double IN_CONTEXT_ACCURACY = 0.90;
    /** The confidence policies printed beside the chosen one, to see the trade-off it makes. */
    private static final List<ConfidencePolicy> POLICY_CURVE = List.of(new ConfidencePolicy(0.5, 0.35),
            new ConfidencePolicy(0.55, 0.35), new ConfidencePolicy(0.60, 0.30), new ConfidencePolicy(0.60, 0.35),
            new ConfidencePolicy(0.60, 0.38), new ConfidencePolicy(0.60, 0.40), new ConfidencePolicy(0.62, 0.38),
            new ConfidencePolicy(0.65, 0.40), new ConfidencePolicy(0.70, 0.45), new ConfidencePolicy(0.80, 0.45));

    private final Evaluation evaluation = new Evaluation(new ChatFeatures(new TextNormalizer()));

    @Test
    void answerModel() {
        Scorecard heldOut = measure(ModelKind.ANSWER);
        assertThat(heldOut.accuracy()).as("answer accuracy").isGreaterThanOrEqualTo(Floors.ANSWER_ACCURACY);
        assertThat(heldOut.autoAcceptedAccuracy()).as("auto-accepted answers right").isGreaterThanOrEqualTo(Floors.AUTO_ACCEPTED);
        assertThat(heldOut.askedBack()).as("answers asked back").isLessThanOrEqualTo(Floors.ASKED_BACK);
    }

    @Test
    void answerModelWithTheQuestionAsContext() throws IOException {
        List<Evaluation.AnsweredQuestion> heldOut = new ArrayList<>();
        try (InputStream in = ModelQualityEval.class.getResourceAsStream("/heldout/answers-in-context/heldout.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] fields = line.split("\t");
                    heldOut.add(new Evaluation.AnsweredQuestion(fields[0], fields[1], fields[2]));
                }
            }
        }
        List<Sample> training = TrainingData.training(ModelKind.ANSWER);
        assertThat(heldOut).as("held-out answers must not be training lines")
                .noneMatch(h -> training.stream().anyMatch(t -> t.text().equalsIgnoreCase(h.answer())));
        List<Scorecard> cards = evaluation.heldOutInContext(training, heldOut);
        cards.forEach(card -> System.out.print(card.report(true)));
        // 40 lines, one line is 2.5 points: 92.5 % until round 9's last twelve answer lines (the double
        // absence "keine X, nie Y") moved one line, 90.0 % since; the model alone 87.5 → 85.0 %
        assertThat(cards.get(1).accuracy()).as("answers with the question as context")
                .isGreaterThanOrEqualTo(IN_CONTEXT_ACCURACY)
                .isGreaterThanOrEqualTo(cards.get(0).accuracy());
    }

    @Test
    void intentModel() {
        Scorecard heldOut = measure(ModelKind.INTENT);
        assertThat(heldOut.accuracy()).as("intent accuracy").isGreaterThanOrEqualTo(Floors.INTENT_ACCURACY);
    }

    @Test
    void criterionModel() {
        Scorecard heldOut = measure(ModelKind.CRITERION);
        assertThat(heldOut.accuracy()).as("criterion top-1").isGreaterThanOrEqualTo(Floors.CRITERION_TOP1);
        assertThat(heldOut.top3()).as("criterion top-3").isGreaterThanOrEqualTo(Floors.CRITERION_TOP3);
    }

    private Scorecard measure(ModelKind kind) {
        List<Sample> training = TrainingData.training(kind);
        List<Sample> heldOut = TrainingData.samples(kind, HELD_OUT);
        assertThat(heldOut).as("held-out lines must not be training lines")
                .noneMatch(h -> training.stream().anyMatch(t -> t.text().equalsIgnoreCase(h.text())));
        Scorecard crossValidated = evaluation.crossValidate(kind, training, 10);
        System.out.print(crossValidated.report(false));
        if (kind == ModelKind.ANSWER) {
            System.out.print(crossValidated.policyCurve(POLICY_CURVE));
        }
        Scorecard card = evaluation.heldOut(kind, training, heldOut);
        System.out.print(card.report(true));
        return card;
    }

    /** The floors asserted on the held-out lines. */
    private static final class Floors {
        static final double ANSWER_ACCURACY = 0.92;
        static final double AUTO_ACCEPTED = 0.97;
        static final double ASKED_BACK = 0.25;
        /** Target 0.95, reached 0.977 (0.972 before the fourth follow-up), 0.995 after round 10's intent lines. */
        static final double INTENT_ACCURACY = 0.99;
        /**
         * Target 0.90 / 0.97, reached 0.921 / 0.985 after the sixth follow-up's criterion-only questions
         * (0.904 / 0.982 before).
         */
        static final double CRITERION_TOP1 = 0.91;
        static final double CRITERION_TOP3 = 0.98;
    }
}
