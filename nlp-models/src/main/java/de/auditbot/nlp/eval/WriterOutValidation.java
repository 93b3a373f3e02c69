package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.ModelTrainer;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.text.ChatFeatures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Leave-one-writer-out validation of the answer model: each writer's lines ({@link WriterBlocks})
 * are tested by a model trained on all other lines, the team's first lines always among them. Whole
 * writers held out predict accuracy on a fresh writer's set far better than random folds, where
 * every test line has lines of its own writer (often of its own kind and wording) in training.
 * The chatter lines (the internal no-answer class) are trained on in every round and not scored:
 * most of them came from one writer, whose absence would leave the class nearly empty; the k-fold
 * scores them.
 */
public final class WriterOutValidation {

    private final ChatFeatures features;
    private final ModelTrainer trainer;

    public WriterOutValidation(ChatFeatures features) {
        this.features = features;
        this.trainer = new ModelTrainer(features);
    }

    /** The figures pooled over all held-out writers and per writer. */
    public record Result(Scorecard pooled, Map<String, Scorecard> perWriter) {
    }

    public Result validate(List<Sample> samples, Map<String, String> writerOf, ConfidencePolicy policy) {
        TreeSet<String> writers = new TreeSet<>(writerOf.values());
        writers.remove(WriterBlocks.TEAM);
        Scorecard pooled = new Scorecard("answer model, leave-one-writer-out (" + writers.size() + " writers)", policy);
        Map<String, Scorecard> perWriter = new LinkedHashMap<>();
        for (String writer : writers) {
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (Sample sample : samples) {
                boolean held = !ModelKind.isInternal(sample.label())
                        && writer.equals(writerOf.get(WriterBlocks.key(sample.label(), sample.text())));
                (held ? test : train).add(sample);
            }
            TextClassifier classifier = TextClassifier.of(ModelKind.ANSWER, trainer.train(ModelKind.ANSWER, train),
                    features, train);
            Scorecard card = new Scorecard("answer model, " + writer + " held out", policy);
            for (Sample sample : test) {
                Classification predicted = classifier.classify(sample.text());
                card.add(sample.label(), sample.text(), predicted);
                pooled.add(sample.label(), sample.text(), predicted);
            }
            perWriter.put(writer, card);
        }
        return new Result(pooled, perWriter);
    }
}
