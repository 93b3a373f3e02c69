package de.auditbot.nlp.model;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A second maxent reader of the answer model that sees the words only: the same features without
 * the character n-grams, trained the same way. Its probabilities are averaged into the full model's
 * before the nearest lines vote. The character n-grams tie the full model to spellings it has seen;
 * the words-only reader weighs the stems, negation scopes, contrasts and cues of a wording it has not
 * seen more, and two readers built differently are more honest together where they disagree
 * ({@link ModelKind#wordViewWeight()} for the figures). The build packages it next to the model.
 */
final class WordView {

    /** The prefix of the character n-gram features, which this reader leaves out. */
    private static final String CHARACTER_NGRAM = "c=";

    private final MaxentModel model;
    /** The same model keyed by the bare features ({@link DirectMaxent}), or null to evaluate it as trained. */
    private final DirectMaxent direct;
    private final double weight;
    /** Where each label of the full model stands in this model's outcomes. */
    private final int[] outcomeOf;

    WordView(MaxentModel model, double weight, List<String> labels) {
        this.model = model;
        this.direct = DirectMaxent.of(model).orElse(null);
        this.weight = weight;
        this.outcomeOf = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            outcomeOf[i] = model.getIndex(labels.get(i));
            if (outcomeOf[i] < 0) {
                throw new IllegalStateException("The words-only model lacks the label " + labels.get(i));
            }
        }
    }

    /** Whether a feature is one this reader is trained with. */
    static boolean keeps(String feature) {
        return !feature.startsWith(CHARACTER_NGRAM);
    }

    /** The most a probability can become in {@link #blend}: this reader gives the label everything. */
    double atMost(double probability) {
        return (1 - weight) * probability + weight;
    }

    /** Averages this reader's probabilities into the full model's, weighted; the sum stays 1. */
    void blend(double[] probabilities, String[] features) {
        int kept = 0;
        String[] words = new String[features.length];
        for (String feature : features) {
            if (keeps(feature)) {
                words[kept++] = feature;
            }
        }
        String[] read = kept == words.length ? words : Arrays.copyOf(words, kept);
        double[] own = direct != null ? direct.eval(read) : TextClassifier.evaluate(model, read);
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (1 - weight) * probabilities[i] + weight * own[outcomeOf[i]];
        }
    }
}
