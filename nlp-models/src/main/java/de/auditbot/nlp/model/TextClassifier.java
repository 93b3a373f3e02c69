package de.auditbot.nlp.model;

import de.auditbot.nlp.text.ChatFeatures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained document categorizer with the preprocessing it was trained with. Thread-safe: the
 * model keeps no state between calls and the features keep theirs per thread.
 */
public final class TextClassifier {

    /**
     * What the models' bag-of-words feature generator puts before each feature. The model is
     * evaluated on the features with this prefix directly, which is what OpenNLP's categorizer does
     * through a generator and two list copies ({@code PackagedModelsTests} checks they agree).
     */
    static final String BAG_OF_WORDS = "bow=";
    /** Far more than the rounding of a blend, far less than any difference of confidence that matters. */
    private static final double BOUND_MARGIN = 1e-6;

    private final MaxentModel maxent;
    /** The same model keyed by the bare features ({@link DirectMaxent}), or null to evaluate it as trained. */
    private final DirectMaxent direct;
    /** The labels in the model's order. */
    private final String[] outcomes;
    /** Which of the labels, in the model's order, are commands ({@link ModelKind#isCommand}). */
    private final boolean[] command;
    private final ChatFeatures features;
    private final ModelKind clausesOf;
    private final NearestLines nearest;
    private final double nearestWeight;
    /** The words-only reader averaged in before the vote ({@link WordView}), or null. */
    private final WordView wordView;

    private TextClassifier(MaxentModel maxent, ChatFeatures features, ModelKind clausesOf,
            NearestLines nearest, double nearestWeight, WordView wordView) {
        this.maxent = maxent;
        this.direct = DirectMaxent.of(maxent).orElse(null);
        this.outcomes = categories(maxent).toArray(String[]::new);
        this.command = new boolean[outcomes.length];
        for (int i = 0; i < outcomes.length; i++) {
            command[i] = clausesOf != null && clausesOf.isCommand(outcomes[i]);
        }
        this.features = features;
        this.clausesOf = clausesOf;
        this.nearest = nearest;
        this.nearestWeight = nearestWeight;
        this.wordView = wordView;
    }

    /**
     * A trained model of a kind, used as that kind is: its features variant, clause reading where it
     * has it, the vote of the nearest training lines where it blends one in ({@link NearestLines}) and
     * the words-only reader where it has one ({@link WordView}, trained here from the same lines).
     *
     * @param training the lines the model was trained from (read where the kind votes or has a words-only reader)
     */
    public static TextClassifier of(ModelKind kind, DoccatModel model, ChatFeatures base, List<Sample> training) {
        DoccatModel words = kind.wordViewWeight() > 0 ? new ModelTrainer(base).trainWordView(kind, training) : null;
        return withLines(kind, model, base,
                kind.nearestWeight() > 0 ? NearestLines.indexed(training, kind.features(base)) : List.of(), words);
    }

    private static TextClassifier withLines(ModelKind kind, DoccatModel model, ChatFeatures base,
            List<NearestLines.IndexedLine> lines, DoccatModel words) {
        MaxentModel maxent = model.getMaxentModel();
        NearestLines nearest = kind.nearestWeight() > 0 ? new NearestLines(lines, categories(maxent),
                kind.nearestLines(), NearestLines.COMMON_SHARE) : null;
        WordView wordView = words == null ? null : new WordView(words.getMaxentModel(), kind.wordViewWeight(),
                categories(maxent));
        return new TextClassifier(maxent, kind.features(base), kind.readsClauses() ? kind : null, nearest,
                kind.nearestWeight(), wordView);
    }

    /**
     * Loads a model the build packaged into the nlp-models jar, with the features variant of its
     * kind and, where it votes, the training lines the build wrote next to it.
     */
    public static TextClassifier load(ModelKind kind, ChatFeatures features) {
        try (InputStream model = packaged(kind, kind.modelResource());
                InputStream lines = kind.nearestWeight() > 0 ? packaged(kind, kind.linesResource()) : null;
                InputStream words = kind.wordViewWeight() > 0 ? packaged(kind, kind.wordViewResource()) : null) {
            return withLines(kind, new DoccatModel(model), features,
                    lines == null ? List.of() : NearestLinesFile.read(lines), words == null ? null : new DoccatModel(words));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the " + kind.id() + " model", e);
        }
    }

    private static InputStream packaged(ModelKind kind, String resource) {
        InputStream in = TextClassifier.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("No " + kind.id() + " model file at " + resource
                    + "; the nlp-models build trains it in process-classes");
        }
        return in;
    }

    public Classification classify(String text) {
        return clausesOf == null ? classifyWhole(text)
                : ClauseReading.classify(text, clausesOf, this::classifyWhole, this::commandAbove);
    }

    private Classification classifyWhole(String text) {
        return commandAbove(text, Double.NEGATIVE_INFINITY);
    }

    /**
     * The classification of a text, or null when no command can come out above the line: the
     * words-only reader and the vote of the nearest lines can each add at most their weight times
     * what is left to a label ({@link WordView#atMost}, {@link #blend}), so a command whose bound
     * stays below the line cannot win, and the vote,
     * a quarter of a classification, is not taken for a clause that cannot be chosen. The margin
     * covers rounding; a clause that is taken is classified in full, so results are unchanged.
     */
    private Classification commandAbove(String text, double line) {
        String[] extracted = features.extract(text);
        double[] probabilities = direct != null ? direct.eval(extracted) : evaluate(maxent, extracted);
        if (line > Double.NEGATIVE_INFINITY && !commandMayReach(probabilities, line)) {
            return null;
        }
        if (wordView != null) {
            wordView.blend(probabilities, extracted);
        }
        if (nearest != null) {
            blend(probabilities, nearest.vote(extracted));
        }
        return ranked(probabilities);
    }

    private boolean commandMayReach(double[] probabilities, double line) {
        double weight = nearest == null ? 0 : nearestWeight;
        for (int i = 0; i < probabilities.length; i++) {
            double read = wordView == null ? probabilities[i] : wordView.atMost(probabilities[i]);
            if (command[i] && read + weight * (1 - read) + BOUND_MARGIN > line) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every label with its probability, the most probable first and equal ones by label. An
     * insertion sort of the few labels on their primitive probabilities: sorting the scored labels
     * with a comparator cost a twentieth of a classification.
     */
    private Classification ranked(double[] probabilities) {
        ScoredLabel[] ranking = new ScoredLabel[probabilities.length];
        int[] order = new int[probabilities.length];
        for (int i = 0; i < order.length; i++) {
            int at = i;
            while (at > 0 && before(probabilities, i, order[at - 1])) {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
        }
        for (int i = 0; i < order.length; i++) {
            ranking[i] = new ScoredLabel(outcomes[order[i]], probabilities[order[i]]);
        }
        return new Classification(List.of(ranking));
    }

    private boolean before(double[] probabilities, int a, int b) {
        int byProbability = Double.compare(probabilities[b], probabilities[a]);
        return byProbability < 0 || byProbability == 0 && outcomes[a].compareTo(outcomes[b]) < 0;
    }

    /**
     * Moves a share of the probability to the nearest lines' vote: the weight times how alike they
     * are (the vote's sum), so that lines barely alike change little. The sum stays 1.
     */
    private void blend(double[] probabilities, double[] vote) {
        double moved = nearestWeight * Arrays.stream(vote).sum();
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = (1 - moved) * probabilities[i] + nearestWeight * vote[i];
        }
    }

    /** The model's probabilities for the features, in the model's label order. */
    static double[] evaluate(MaxentModel maxent, String[] features) {
        String[] context = new String[features.length];
        for (int i = 0; i < features.length; i++) {
            context[i] = BAG_OF_WORDS + features[i];
        }
        return maxent.eval(context);
    }

    public List<String> labels() {
        return categories(maxent);
    }

    private static List<String> categories(MaxentModel maxent) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < maxent.getNumOutcomes(); i++) {
            labels.add(maxent.getOutcome(i));
        }
        return labels;
    }
}
