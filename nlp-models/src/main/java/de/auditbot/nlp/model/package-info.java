/**
 * The statistical models: reading the sample files, training the maxent document categorizers
 * at build time, loading the packaged models and classifying with graded probabilities, and the
 * confidence policy that decides when a prediction is sure enough to act on.
 */
package de.auditbot.nlp.model;
