package de.auditbot.nlp.model;

import de.auditbot.nlp.text.FrequencyCues;
import java.util.Set;

/**
 * The answer model with the pending check question as context. The model itself learns from
 * answers alone; the question is used where it is clearly right: when it asks for regular
 * practice and the answer hedges how often ("ab und zu", "wenn Zeit ist"), the answer is partly
 * fulfilled unless the model heard "don't know" or "does not apply"; a hedged frequency is an
 * answer about how often, so it also overrules the model's internal no-answer class
 * ({@link ModelKind#NO_ANSWER}: "sporadisch, je nachdem wer Lust hat" reads like small talk alone). Measured on held-out
 * answers with their questions ({@code ./mvnw -pl nlp-models -Peval verify}).
 */
public final class AnswerInContext {

    private static final String PARTIAL = "PARTIAL";
    private static final Set<String> OVERRIDABLE = Set.of("FULFILLED", "NOT_FULFILLED", PARTIAL, ModelKind.NO_ANSWER);

    private final TextClassifier model;
    private final FrequencyCues cues;

    public AnswerInContext(TextClassifier model, FrequencyCues cues) {
        this.model = model;
        this.cues = cues;
    }

    /** @param question the check question the answer is given to; null or blank when there is none */
    public Classification classify(String answer, String question) {
        Classification predicted = model.classify(answer);
        if (OVERRIDABLE.contains(predicted.label()) && cues.asksForRegularPractice(question)
                && cues.hedgesFrequency(answer)) {
            return predicted.withFirst(PARTIAL);
        }
        return predicted;
    }
}
