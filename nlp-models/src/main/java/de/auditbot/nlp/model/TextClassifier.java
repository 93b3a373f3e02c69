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
    private final ModelKind clausesOf;

    /** A classifier that reads the whole text only, with the features given as they are. */
    public TextClassifier(DoccatModel model, ChatFeatures features) {
        this(model, features, null);
    }

    private TextClassifier(DoccatModel model, ChatFeatures features, ModelKind clausesOf) {
        this.categorizer = new DocumentCategorizerME(model);
        this.features = features;
        this.clausesOf = clausesOf;
    }

    /** A trained model of a kind, used as that kind is: its features variant, and clause reading where it has it. */
    public static TextClassifier of(ModelKind kind, DoccatModel model, ChatFeatures base) {
        return new TextClassifier(model, kind.features(base), kind.readsClauses() ? kind : null);
    }

    /** Loads a model the build packaged into the nlp-models jar, with the features variant of its kind. */
    public static TextClassifier load(ModelKind kind, ChatFeatures features) {
        InputStream in = TextClassifier.class.getResourceAsStream(kind.modelResource());
        if (in == null) {
            throw new IllegalStateException("No " + kind.id() + " model at " + kind.modelResource()
                    + "; the nlp-models build trains it in process-classes");
        }
        try (in) {
            return of(kind, new DoccatModel(in), features);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind.id() + " model", e);
        }
    }

    public Classification classify(String text) {
        return clausesOf == null ? classifyWhole(text) : ClauseReading.classify(text, clausesOf, this::classifyWhole);
    }

    private Classification classifyWhole(String text) {
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
