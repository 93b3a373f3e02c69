package de.auditbot.audit.scoring;

/**
 * The score of one category: the mean of its principles' scores.
 */
public record CategoryScore(String id, Score score, Light light) {
}
