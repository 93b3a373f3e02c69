package de.auditbot.audit;

import java.time.Instant;

/**
 * One answer as it was given: the question, the level understood, the raw words, who and when.
 * Corrections add a new record; the latest record of a question counts.
 *
 * @param confidence how sure the classifier was, 0..1
 */
public record AnswerRecord(String questionId, int principle, AnswerLevel level, String text, String senderId,
        Instant at, double confidence) {
}
