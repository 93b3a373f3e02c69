package de.auditbot.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The fourth held-out set ({@code heldout-4/}), written before the intent and criterion changes
 * of its round and meant to be measured once before and once after them. Only the totals are
 * printed, never the misses, so that nobody tunes training lines against this set. Run with
 * {@code ./mvnw -pl nlp-models -Peval verify}.
 */
class FourthHeldOutSetEval {

    private static final String FOURTH = "heldout-4";

    private final Evaluation evaluation = new Evaluation(new ChatFeatures(new TextNormalizer()));

    @Test
    void intentModel() {
        Scorecard card = measure(ModelKind.INTENT);
        assertThat(card.total()).isGreaterThanOrEqualTo(120);
        assertThat(card.accuracy()).as("intent accuracy on the fourth set").isGreaterThanOrEqualTo(Floors.INTENT_ACCURACY);
    }

    @Test
    void criterionModel() {
        Scorecard card = measure(ModelKind.CRITERION);
        assertThat(card.total()).isGreaterThanOrEqualTo(95);
        assertThat(card.accuracy()).as("criterion top-1 on the fourth set").isGreaterThanOrEqualTo(Floors.CRITERION_TOP1);
        assertThat(card.top3()).as("criterion top-3 on the fourth set").isGreaterThanOrEqualTo(Floors.CRITERION_TOP3);
    }

    private Scorecard measure(ModelKind kind) {
        List<Sample> training = TrainingData.training(kind);
        List<Sample> fourth = TrainingData.samples(kind, FOURTH);
        assertThat(fourth).as("fourth-set lines must not be training lines")
                .noneMatch(h -> training.stream().anyMatch(t -> t.text().equalsIgnoreCase(h.text())));
        Scorecard card = evaluation.heldOut(kind, training, fourth);
        System.out.printf(Locale.ROOT, "%n== %s model, fourth held-out set: %d lines, accuracy %.1f %%, macro-F1 %.3f, top-3 %.1f %%%n",
                kind.id(), card.total(), 100 * card.accuracy(), card.macroF1(), 100 * card.top3());
        return card;
    }

    /**
     * Floors on the fourth set, what its one measurement after the changes reached (intent 91.0 %,
     * criterion 88.5 % / 97.1 %; before the changes 87.6 % and 87.5 % / 96.2 %). Criterion top-1
     * stays below the target of 90 % on this set. The third follow-up raised intent to 96.6 %; this set
     * had been measured twice and its PAUSE lines read before those training lines were written, so
     * the fifth set is the honest figure for unseen wording.
     */
    private static final class Floors {
        static final double INTENT_ACCURACY = 0.96;
        static final double CRITERION_TOP1 = 0.88;
        static final double CRITERION_TOP3 = 0.97;
    }
}
