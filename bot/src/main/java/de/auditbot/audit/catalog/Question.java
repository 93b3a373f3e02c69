package de.auditbot.audit.catalog;

/**
 * A check question of a principle, phrased so that "yes" means fulfilled.
 *
 * @param id        unique in the catalog: principle number and local id, e.g. {@code 3.bitv-geprueft}
 * @param principle the number of the principle it belongs to
 * @param text      the question
 */
public record Question(String id, int principle, LocalizedText text) {
}
