package de.auditbot.channel.matrix;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.Conversation;
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
 * clear model prediction) and confident commands count; everything else needs a mention. Like the
 * core, it gives the answer classifier the pending check question as context, so that the room
 * and the conversation judge an answer alike.
 */
class AnswerRecognizer {

    static final double COMMAND_CONFIDENCE = 0.9;
    /** Greetings and questions to the room are the team's talk unless the bot is addressed. */
    private static final Set<IntentType> NOT_WITHOUT_MENTION = Set.of(IntentType.ANSWER, IntentType.GREETING,
            IntentType.ASK_CRITERION);

    private final AnswerClassifier answers;
    private final IntentClassifier intents;
    private final CatalogRegistry catalogs;

    AnswerRecognizer(AnswerClassifier answers, IntentClassifier intents, CatalogRegistry catalogs) {
        this.answers = answers;
        this.intents = intents;
        this.catalogs = catalogs;
    }

    boolean recognizes(String text, Conversation conversation) {
        String language = conversation.language();
        if (answers.classify(text, language, pendingQuestion(conversation))
                .filter(AnswerClassification::certain).isPresent()) {
            return true;
        }
        Intent intent = intents.classify(text, language, true);
        return !NOT_WITHOUT_MENTION.contains(intent.type()) && intent.confidence() >= COMMAND_CONFIDENCE;
    }

    /** The check question the audit waits for, in the conversation's language where the catalog has it. */
    private String pendingQuestion(Conversation conversation) {
        return conversation.catalogId() == null ? null
                : conversation.pendingQuestion(catalogs.get(conversation.catalogId())).orElse(null);
    }
}
