package de.auditbot.nlp.model;

import de.auditbot.nlp.text.ChatFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * A trained document categorizer with the preprocessing it was trained with. Thread-safe: the
 * categorizer keeps no state between calls and the features keep theirs per thread.
 */
public final class TextClassifier {

    private final DocumentCategorizerME categorizer;
    private final ChatFeatures features;

    public TextClassifier(DoccatModel model, ChatFeatures features) {
        this.categorizer = new DocumentCategorizerME(model);
        this.features = features;
    }

    /** Loads a model the build packaged into the nlp-models jar, with the features variant of its kind. */
    public static TextClassifier load(ModelKind kind, ChatFeatures features) {
        InputStream in = TextClassifier.class.getResourceAsStream(kind.modelResource());
        if (in == null) {
            throw new IllegalStateException("No " + kind.id() + " model at " + kind.modelResource()
                    + "; the nlp-models build trains it in process-classes");
        }
        try (in) {
            return new TextClassifier(new DoccatModel(in), kind.features(features));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind.id() + " model", e);
        }
    }

    public Classification classify(String text) {
        double[] probabilities = categorizer.categorize(features.extract(text));
        List<ScoredLabel> ranking = new ArrayList<>(probabilities.length);
        for (int i = 0; i < probabilities.length; i++) {
            ranking.add(new ScoredLabel(categorizer.getCategory(i), probabilities[i]));
        }
        ranking.sort(Comparator.comparingDouble(ScoredLabel::confidence).reversed().thenComparing(ScoredLabel::label));
        return new Classification(ranking);
    }

    public List<String> labels() {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < categorizer.getNumberOfCategories(); i++) {
            labels.add(categorizer.getCategory(i));
        }
        return labels;
    }
}
