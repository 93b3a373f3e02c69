package de.auditbot.conversation;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.history.EvidenceLinks;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.Intent;
import de.auditbot.nlp.IntentClassifier;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads a message for the dialog: what it asks for, and which level it gives if it is an answer.
 * During an audit an answer is expected and the pending check question is the answer's context.
 * Links are evidence for an answer; understanding goes by the words around them.
 */
@Component
public class MessageReader {

    /** What a message was read as. */
    public record Reading(Intent intent, Optional<AnswerClassification> answer) {
    }

    private final IntentClassifier intents;
    private final AnswerClassifier answers;
    private final CatalogRegistry catalogs;

    public MessageReader(IntentClassifier intents, AnswerClassifier answers, CatalogRegistry catalogs) {
        this.intents = intents;
        this.answers = answers;
        this.catalogs = catalogs;
    }

    public Reading read(Conversation conversation, String text) {
        boolean answerExpected = conversation.state() == ConversationState.AUDIT;
        String words = EvidenceLinks.without(text);
        String pending = conversation.catalogId() == null ? null
                : conversation.pendingQuestion(catalogs.get(conversation.catalogId())).orElse(null);
        return new Reading(intents.classify(words, conversation.language(), answerExpected),
                answers.classify(words, conversation.language(), pending));
    }
}
