package de.auditbot.channel.matrix;

import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.IntentClassifier;
import de.auditbot.nlp.IntentType;

/**
 * Tells, in a group room during an audit, an answer or a command for the bot from the team's other
 * talk, using the same classifiers as the conversation core.
 */
class AnswerRecognizer {

    private final AnswerClassifier answers;
    private final IntentClassifier intents;

    AnswerRecognizer(AnswerClassifier answers, IntentClassifier intents) {
        this.answers = answers;
        this.intents = intents;
    }

    boolean recognizes(String text, String language) {
        return answers.classify(text, language).isPresent() || intents.classify(text, language).type() != IntentType.ANSWER;
    }
}
