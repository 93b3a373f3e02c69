package de.auditbot.channel.matrix;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.MessageReader;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.Intent;
import de.auditbot.nlp.IntentClassifier;
import de.auditbot.nlp.IntentType;
import java.util.Set;

/**
 * Tells, in a group room during an audit, an answer or a command for the bot from the team's other
 * talk, using the same classifiers as the conversation core. It is stricter than the core: a model
 * always finds some answer level for a sentence, so only certain answers (a rule or a confident,
 * clear model prediction) and confident commands count; everything else needs a mention. It reads
 * a message as the core does ({@link MessageReader}: the pending check question as context, links
 * left out), so that the room and the conversation judge an answer alike.
 */
class AnswerRecognizer {

    static final double COMMAND_CONFIDENCE = 0.9;
    /** Greetings and questions to the room are the team's talk unless the bot is addressed. */
    private static final Set<IntentType> NOT_WITHOUT_MENTION = Set.of(IntentType.ANSWER, IntentType.GREETING,
            IntentType.ASK_CRITERION);

    private final MessageReader reader;

    AnswerRecognizer(AnswerClassifier answers, IntentClassifier intents, CatalogRegistry catalogs) {
        this.reader = new MessageReader(intents, answers, catalogs);
    }

    boolean recognizes(String text, Conversation conversation) {
        MessageReader.Reading reading = reader.read(conversation, text);
        if (reading.answer().filter(AnswerClassification::certain).isPresent()) {
            return true;
        }
        Intent intent = reading.intent();
        return !NOT_WITHOUT_MENTION.contains(intent.type()) && intent.confidence() >= COMMAND_CONFIDENCE;
    }
}
