package de.auditbot.nlp;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.nlp.model.AnswerInContext;
import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.model.TextClassifier;
import java.util.List;
import java.util.Optional;

/**
 * Understands answers in the team's own words. The exact phrases of the dialog texts come first
 * and are certain; anything else goes to the answer model (with the pending check question as
 * context, see {@link AnswerInContext}), whose prediction is certain only when the confidence
 * policy accepts it (its margin is taken over the model's internal no-answer class too, so that a
 * message half like chatter is asked back) and the message is more than a sound of hesitation
 * ({@link Hesitation}: "hm" is asked back, whatever the model makes of it) or a run of characters
 * without a word in it ({@link Gibberish}). Otherwise the conversation asks back with the ranking
 * of the five levels; a message the model takes for no answer at all comes back as
 * {@link AnswerClassification#noAnswer()}.
 */
public final class OpenNlpAnswerClassifier implements AnswerClassifier {

    private final AnswerClassifier rules;
    private final AnswerInContext model;
    private final ConfidencePolicy policy;

    public OpenNlpAnswerClassifier(AnswerClassifier rules, AnswerInContext model, ConfidencePolicy policy) {
        this.rules = rules;
        this.model = model;
        this.policy = policy;
    }

    @Override
    public Optional<AnswerClassification> classify(String text, String language) {
        return classify(text, language, null);
    }

    @Override
    public Optional<AnswerClassification> classify(String text, String language, String question) {
        Optional<AnswerClassification> exact = rules.classify(text, language);
        if (exact.isPresent() || text == null || text.isBlank()) {
            return exact;
        }
        Classification predicted = model.classify(text, question);
        Classification levels = predicted.publicLabels();
        List<AnswerLevel> ranking = levels.ranking().stream().map(s -> AnswerLevel.valueOf(s.label())).toList();
        if (predicted.isNoAnswer()) {
            return Optional.of(AnswerClassification.notAnAnswer(levels.confidence(), ranking));
        }
        return Optional.of(new AnswerClassification(ranking.get(0), predicted.confidence(), ranking,
                policy.accepts(predicted) && !Hesitation.only(text) && !Gibberish.only(text)));
    }
}
