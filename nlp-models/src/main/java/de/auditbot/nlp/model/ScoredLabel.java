package de.auditbot.nlp.model;

/**
 * A label with the probability a model gives it, 0..1.
 */
public record ScoredLabel(String label, double confidence) {
}
