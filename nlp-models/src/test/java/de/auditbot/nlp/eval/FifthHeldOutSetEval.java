package de.auditbot.nlp.eval;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The fifth held-out set ({@code heldout-5/}), written in the third issue 3 follow-up before any
 * training or feature change, and measured once before and once after the changes. Only the totals
 * are printed, never the misses, so that nobody tunes training lines against this set. Run with
 * {@code ./mvnw -pl nlp-models -Peval verify}.
 *
 * <p>Before the changes (totals only): intent 85.5 % (macro-F1 0.867, 173 lines), criterion model
 * top-1 91.2 % / top-3 97.4 % (114 questions); the bot's criterion finder 92.1 % / 97.4 %
 * ({@code CriterionFinderTests}). A first measurement gave 86.1 %, 92.1 % / 98.2 % and 93.0 % /
 * 98.2 %, but 19 of its lines then turned out to repeat earlier lines up to case and punctuation;
 * they were replaced by new lines without looking at any result per line, and the figures above
 * were measured again with the training data and code of before the changes.
 *
 * <p>After the changes (196 new intent lines, more intent cues; the criterion model unchanged):
 * intent 86.1 % (macro-F1 0.873, top-3 97.7 %), criterion model 91.2 % / 97.4 %, finder 92.1 % /
 * 97.4 %. Intent stays far below the target of 95 % on this set, although sets 1–4 rose to 97.2 %
 * and 96.6 %: the new lines were written for the weak spots the earlier sets and cross-validation
 * showed, and fresh wording still escapes them.
 */
class FifthHeldOutSetEval {

    private static final String FIFTH = "heldout-5";
    private static final List<String> EARLIER = List.of("heldout", "heldout-4");

    private final Evaluation evaluation = new Evaluation(new ChatFeatures(new TextNormalizer()));

    @Test
    void intentModel() {
        Scorecard card = measure(ModelKind.INTENT);
        assertThat(card.total()).isGreaterThanOrEqualTo(170);
        assertThat(card.accuracy()).as("intent accuracy on the fifth set").isGreaterThanOrEqualTo(Floors.INTENT_ACCURACY);
    }

    @Test
    void criterionModel() {
        Scorecard card = measure(ModelKind.CRITERION);
        assertThat(card.total()).isGreaterThanOrEqualTo(114);
        assertThat(card.accuracy()).as("criterion top-1 on the fifth set").isGreaterThanOrEqualTo(Floors.CRITERION_TOP1);
        assertThat(card.top3()).as("criterion top-3 on the fifth set").isGreaterThanOrEqualTo(Floors.CRITERION_TOP3);
    }

    private Scorecard measure(ModelKind kind) {
        List<Sample> training = TrainingData.training(kind);
        List<Sample> fifth = TrainingData.samples(kind, FIFTH);
        List<Sample> seen = new ArrayList<>(training);
        EARLIER.forEach(root -> seen.addAll(TrainingData.samples(kind, root)));
        Set<String> seenTexts = seen.stream().map(s -> plain(s.text())).collect(Collectors.toSet());
        assertThat(fifth).as("fifth-set lines must not be training lines or lines of earlier held-out sets")
                .noneMatch(h -> seenTexts.contains(plain(h.text())));
        assertThat(fifth.stream().map(s -> plain(s.text())).distinct().count())
                .as("fifth-set lines are all different").isEqualTo(fifth.size());
        Scorecard card = evaluation.heldOut(kind, training, fifth);
        System.out.printf(Locale.ROOT, "%n== %s model, fifth held-out set: %d lines, accuracy %.1f %%, macro-F1 %.3f, top-3 %.1f %%%n",
                kind.id(), card.total(), 100 * card.accuracy(), card.macroF1(), 100 * card.top3());
        return card;
    }

    /** Lower case, without punctuation, single spaces: "Sind wir durch?" repeats "sind wir durch". */
    private static String plain(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\p{Punct}", "").replaceAll("\\s+", " ").strip();
    }

    /** Floors on the fifth set, what its measurement after the changes reached; intent below the target of 0.95. */
    private static final class Floors {
        static final double INTENT_ACCURACY = 0.86;
        static final double CRITERION_TOP1 = 0.91;
        static final double CRITERION_TOP3 = 0.97;
    }
}
