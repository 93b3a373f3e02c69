package de.auditbot.nlp.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.UniformPrior;

/**
 * A GIS model keyed by the features themselves, evaluated as OpenNLP evaluates it. OpenNLP's
 * bag-of-words generator puts {@link TextClassifier#BAG_OF_WORDS} before every feature in training,
 * so evaluating the model as trained takes a new prefixed string per feature and reading (about 150
 * for a message of ten words, and the intent model reads a message of two clauses three times).
 * The same weights under the bare feature names, summed in the same order onto the same uniform
 * prior and put through the same exponential, give the same probabilities bit for bit without
 * them and without OpenNLP's array of contexts per call ({@code PackagedModelsTests} checks every
 * model against OpenNLP's categorizer).
 */
final class DirectMaxent {

    private final Map<String, Context> weights;
    private final double logPrior;
    private final int outcomes;

    private DirectMaxent(Map<String, Context> weights, String[] outcomes) {
        this.weights = weights;
        this.outcomes = outcomes.length;
        UniformPrior prior = new UniformPrior();
        prior.setLabels(outcomes, null);
        double[] uniform = new double[outcomes.length];
        prior.logPrior(uniform, (int[]) null);
        this.logPrior = uniform.length == 0 ? 0 : uniform[0];
    }

    /** The model keyed by the bare features, or empty when it is no GIS model with prefixed features. */
    @SuppressWarnings("unchecked")
    static Optional<DirectMaxent> of(MaxentModel trained) {
        if (!(trained instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        Map<String, Context> bare = new HashMap<>(predicates.size() * 2);
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            if (!predicate.getKey().startsWith(TextClassifier.BAG_OF_WORDS)) {
                return Optional.empty();
            }
            bare.put(predicate.getKey().substring(TextClassifier.BAG_OF_WORDS.length()), predicate.getValue());
        }
        return Optional.of(new DirectMaxent(bare, (String[]) data[2]));
    }

    /**
     * The probabilities of the labels, in the model's order: the prior plus each known feature's
     * weights (a feature twice counts twice), exponentiated and normalized as {@code GISModel} does.
     */
    double[] eval(String[] features) {
        double[] sums = new double[outcomes];
        Arrays.fill(sums, logPrior);
        for (String feature : features) {
            Context context = weights.get(feature);
            if (context != null) {
                int[] ids = context.getOutcomes();
                double[] parameters = context.getParameters();
                for (int i = 0; i < ids.length; i++) {
                    sums[ids[i]] += parameters[i];
                }
            }
        }
        double normal = 0;
        for (int i = 0; i < outcomes; i++) {
            sums[i] = StrictMath.exp(sums[i]);
            normal += sums[i];
        }
        for (int i = 0; i < outcomes; i++) {
            sums[i] /= normal;
        }
        return sums;
    }
}
