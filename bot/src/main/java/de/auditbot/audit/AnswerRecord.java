package de.auditbot.audit;

import java.time.Instant;

/**
 * One answer as it was given: the question, the level understood, the raw words, who and when.
 * Corrections add a new record; the latest record of a question counts.
 *
 * @param text       the team's own words; after asking back, the free text they first wrote
 * @param confidence how sure the classifier was, 0..1
 * @param confirmed  whether the level was confirmed after the bot asked back
 */
public record AnswerRecord(String questionId, int principle, AnswerLevel level, String text, String senderId,
        Instant at, double confidence, boolean confirmed) {
}
