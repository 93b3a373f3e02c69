package de.auditbot.nlp;

import java.util.Optional;

/**
 * Understands an answer to a check question. Empty means "not understood": the conversation
 * then asks back instead of recording a guess.
 */
public interface AnswerClassifier {

    Optional<AnswerClassification> classify(String text, String language);
}
