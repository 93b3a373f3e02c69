package de.auditbot.nlp.model;

/**
 * One labelled line of training or evaluation data.
 */
public record Sample(String label, String text) {
}
