package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.AnswerInContext;
import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.ModelTrainer;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.FrequencyCues;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures a model the way the build trains it: k-fold cross-validation over the training lines
 * and a held-out set of hand-written lines that training never reads.
 */
public final class Evaluation {

    private final ChatFeatures features;
    private final ModelTrainer trainer;

    public Evaluation(ChatFeatures features) {
        this.features = features;
        this.trainer = new ModelTrainer(features);
    }

    /**
     * Cross-validation: every k-th sample (after the sorted order, so each fold holds every
     * label) is tested by a model trained on the others.
     */
    public Scorecard crossValidate(ModelKind kind, List<Sample> samples, int folds) {
        Scorecard card = new Scorecard(kind.id() + " model, " + folds + "-fold cross-validation", policy(kind));
        for (int fold = 0; fold < folds; fold++) {
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % folds == fold ? test : train).add(samples.get(i));
            }
            TextClassifier classifier = TextClassifier.of(kind, trainer.train(kind, train), features, train);
            test.forEach(s -> score(card, s, classifier.classify(s.text())));
        }
        return card;
    }

    /** Scores a line: a level against the prediction, a line of the internal no-answer class apart. */
    private static void score(Scorecard card, Sample sample, Classification predicted) {
        if (ModelKind.isInternal(sample.label())) {
            card.addChatter(predicted);
        } else {
            card.add(sample.label(), sample.text(), predicted);
        }
    }

    /** The held-out figures of a model trained on all training samples. */
    public Scorecard heldOut(ModelKind kind, List<Sample> training, List<Sample> heldOut) {
        TextClassifier classifier = TextClassifier.of(kind, trainer.train(kind, training), features, training);
        Scorecard card = new Scorecard(kind.id() + " model, held-out hand-written lines", policy(kind));
        heldOut.forEach(s -> score(card, s, classifier.classify(s.text())));
        return card;
    }

    /**
     * Held-out answers given with their check question: the answer model alone and with the
     * question as context ({@link AnswerInContext}), on the same trained model.
     */
    public List<Scorecard> heldOutInContext(List<Sample> training, List<AnsweredQuestion> heldOut) {
        TextClassifier classifier = TextClassifier.of(ModelKind.ANSWER, trainer.train(ModelKind.ANSWER, training), features,
                training);
        AnswerInContext inContext = new AnswerInContext(classifier, new FrequencyCues(new TextNormalizer()));
        Scorecard alone = new Scorecard("answer model alone, held-out answers with their question", ConfidencePolicy.ANSWERS);
        Scorecard withQuestion = new Scorecard("answer model with the question as context, same lines", ConfidencePolicy.ANSWERS);
        for (AnsweredQuestion line : heldOut) {
            alone.add(line.label(), line.answer(), classifier.classify(line.answer()));
            withQuestion.add(line.label(), line.answer(), inContext.classify(line.answer(), line.question()));
        }
        return List.of(alone, withQuestion);
    }

    /** A held-out answer with the question it answers and its expected level. */
    public record AnsweredQuestion(String label, String question, String answer) {
    }

    private static ConfidencePolicy policy(ModelKind kind) {
        return kind == ModelKind.ANSWER ? ConfidencePolicy.ANSWERS : null;
    }
}
