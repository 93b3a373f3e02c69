/**
 * Scores, traffic lights, coverage and next steps, computed from answer levels and a catalog.
 * The rules are in {@link de.auditbot.audit.scoring.ScoreCalculator}; nothing here is stored.
 */
package de.auditbot.audit.scoring;
