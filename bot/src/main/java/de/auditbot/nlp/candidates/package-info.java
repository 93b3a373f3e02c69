/**
 * Learning from the dialog: answers the team confirmed after the bot asked back are kept as
 * training candidates and exported as training lines for review. Nothing is retrained
 * automatically; a person decides what goes into the training data.
 */
package de.auditbot.nlp.candidates;
