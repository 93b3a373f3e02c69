/**
 * Text preprocessing for chat German and English, and deterministic phrase recognition.
 * {@link de.auditbot.nlp.text.ChatFeatures} builds on the same normalization as the
 * {@link de.auditbot.nlp.text.PhraseMatcher}, so that rules and models see a text the same way.
 * Nothing here knows Spring.
 */
package de.auditbot.nlp.text;
