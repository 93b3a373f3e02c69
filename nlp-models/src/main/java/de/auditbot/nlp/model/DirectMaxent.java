package de.auditbot.nlp.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A maxent model keyed by the features themselves. OpenNLP's bag-of-words generator puts
 * {@link TextClassifier#BAG_OF_WORDS} before every feature in training, so evaluating the model as
 * trained takes a new prefixed string per feature and reading (about 150 for a message of ten
 * words, and the intent model reads a message of two clauses three times). The same weights under
 * the bare feature names give the same probabilities without them ({@code PackagedModelsTests}
 * checks every model against OpenNLP's categorizer).
 */
final class DirectMaxent {

    private DirectMaxent() {
    }

    /** The model keyed by the bare features, or empty when it is no GIS model with prefixed features. */
    @SuppressWarnings("unchecked")
    static Optional<MaxentModel> of(MaxentModel trained) {
        if (!(trained instanceof GISModel gis)) {
            return Optional.empty();
        }
        Object[] data = gis.getDataStructures();
        Map<String, Context> predicates = (Map<String, Context>) data[1];
        List<String> labels = new ArrayList<>(predicates.size());
        List<Context> contexts = new ArrayList<>(predicates.size());
        for (Map.Entry<String, Context> predicate : predicates.entrySet()) {
            if (!predicate.getKey().startsWith(TextClassifier.BAG_OF_WORDS)) {
                return Optional.empty();
            }
            labels.add(predicate.getKey().substring(TextClassifier.BAG_OF_WORDS.length()));
            contexts.add(predicate.getValue());
        }
        return Optional.of(new GISModel(contexts.toArray(Context[]::new), labels.toArray(String[]::new),
                (String[]) data[2]));
    }
}
