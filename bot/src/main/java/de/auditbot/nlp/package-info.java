/**
 * Understanding what people write: the {@link de.auditbot.nlp.AnswerClassifier} and
 * {@link de.auditbot.nlp.IntentClassifier} seams the conversation core depends on, and their
 * implementations. The phrase-based ones recognise quick replies and plain words exactly; the
 * statistical models of nlp-models replace them behind the same interfaces.
 */
package de.auditbot.nlp;
