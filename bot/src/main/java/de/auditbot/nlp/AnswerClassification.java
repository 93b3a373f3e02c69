package de.auditbot.nlp;

import de.auditbot.audit.AnswerLevel;

/**
 * An answer level understood from a text, with how sure the classifier is (0..1).
 */
public record AnswerClassification(AnswerLevel level, double confidence) {
}
