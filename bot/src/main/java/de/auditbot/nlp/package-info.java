/**
 * Understanding what people write: the {@link de.auditbot.nlp.AnswerClassifier} and
 * {@link de.auditbot.nlp.IntentClassifier} seams the conversation core depends on, and the
 * {@link de.auditbot.nlp.CriterionFinder}. The phrase-based classifiers recognise quick replies and
 * plain words exactly and stay in front; the OpenNLP models packaged by nlp-models understand the
 * rest and say how sure they are.
 */
package de.auditbot.nlp;
