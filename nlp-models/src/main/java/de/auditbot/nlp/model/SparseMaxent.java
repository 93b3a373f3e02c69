package de.auditbot.nlp.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Stores a quasi-Newton maxent model the way GIS models are stored. OpenNLP's QN model keeps a
 * weight for every label of every feature and evaluates more slowly: in the benchmark the answer
 * model ran at about half the intent model's rate as a QN model and at about 0.63 of it after this
 * conversion (GIS: 0.68). Both compute the same softmax over summed weights, so the weights are
 * copied into a GIS model, leaving out those too small to matter.
 */
final class SparseMaxent {

    /** Weights smaller than this change no probability by more than about 0.1 %. */
    static final double SMALLEST_WEIGHT = 1e-3;

    private SparseMaxent() {
    }

    @SuppressWarnings("unchecked")
    static DoccatModel of(DoccatModel trained) {
        AbstractModel model = (AbstractModel) trained.getMaxentModel();
        Object[] data = model.getDataStructures();
        Map<String, Context> predicates = new TreeMap<>((Map<String, Context>) data[1]);
        String[] outcomes = (String[]) data[2];
        List<String> labels = new ArrayList<>();
        List<Context> contexts = new ArrayList<>();
        predicates.forEach((predicate, context) -> {
            int[] ids = context.getOutcomes();
            double[] weights = context.getParameters();
            int kept = 0;
            int[] keptIds = new int[ids.length];
            double[] keptWeights = new double[ids.length];
            for (int i = 0; i < ids.length; i++) {
                if (Math.abs(weights[i]) >= SMALLEST_WEIGHT) {
                    keptIds[kept] = ids[i];
                    keptWeights[kept++] = weights[i];
                }
            }
            if (kept > 0) {
                labels.add(predicate);
                contexts.add(new Context(Arrays.copyOf(keptIds, kept), Arrays.copyOf(keptWeights, kept)));
            }
        });
        GISModel sparse = new GISModel(contexts.toArray(Context[]::new), labels.toArray(String[]::new), outcomes);
        return new DoccatModel(trained.getLanguage(), sparse, Map.of(), trained.getFactory());
    }
}
