package de.auditbot.nlp;

import java.util.Optional;

/**
 * Understands an answer to a check question. Empty means "not understood": the conversation
 * then asks back instead of recording a guess.
 */
public interface AnswerClassifier {

    Optional<AnswerClassification> classify(String text, String language);

    /**
     * The same with the pending check question as context (null when there is none); only
     * classifiers that use it override this.
     */
    default Optional<AnswerClassification> classify(String text, String language, String question) {
        return classify(text, language);
    }
}
