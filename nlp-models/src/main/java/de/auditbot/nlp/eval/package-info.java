/**
 * Measuring the models: cross-validation and held-out figures with the same preprocessing and
 * confidence policy the bot uses, and a benchmark of classification speed.
 */
package de.auditbot.nlp.eval;
