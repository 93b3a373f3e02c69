/**
 * Text preprocessing for chat German and English, and deterministic phrase recognition.
 * The statistical classifiers trained from the data in this module build on the same
 * normalization, so that rules and models see a text the same way. Nothing here knows Spring.
 */
package de.auditbot.nlp.text;
