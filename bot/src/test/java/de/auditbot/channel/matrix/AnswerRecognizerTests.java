package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.content.ContentProperties;
import de.auditbot.conversation.Conversation;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.Intent;
import de.auditbot.nlp.IntentType;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The room's answer recognition gives the answer classifier the check question the audit waits for. */
class AnswerRecognizerTests {

    private final List<String> questionsSeen = new ArrayList<>();
    /** Certain only when it is told the question, as the context-aware answer model can be. */
    private final AnswerClassifier answers = new AnswerClassifier() {
        @Override
        public Optional<AnswerClassification> classify(String text, String language) {
            return classify(text, language, null);
        }

        @Override
        public Optional<AnswerClassification> classify(String text, String language, String question) {
            questionsSeen.add(question);
            return Optional.of(new AnswerClassification(AnswerLevel.PARTIAL, 0.9, List.of(AnswerLevel.PARTIAL),
                    question != null));
        }
    };

    private CatalogRegistry catalogs;
    private Catalog catalog;
    private AnswerRecognizer recognizer;

    @BeforeEach
    void load() throws IOException {
        catalogs = new CatalogRegistry(new ContentProperties("classpath:/dialogs/", "ozg-servicestandard",
                List.of("de", "en")), new PathMatchingResourcePatternResolver());
        catalog = catalogs.defaultCatalog();
        recognizer = new AnswerRecognizer(answers, (text, language) -> new Intent(IntentType.ANSWER, 0.99, null, language),
                catalogs);
    }

    @Test
    void passesThePendingCheckQuestionInTheConversationsLanguage() {
        Conversation conversation = conversation("en");
        Audit audit = Audit.start(catalog, Instant.EPOCH);
        String pending = audit.advance(catalog).orElseThrow();
        conversation.audit(audit);

        assertThat(recognizer.recognizes("ab und zu, wenn Zeit ist", conversation)).isTrue();
        assertThat(questionsSeen).containsExactly(catalog.question(pending).orElseThrow().text().in("en"));
    }

    @Test
    void withoutAnAuditThereIsNoQuestionAndNothingBreaks() {
        assertThat(recognizer.recognizes("ab und zu", conversation("de"))).isFalse();
        assertThat(questionsSeen).containsExactly((String) null);
    }

    private Conversation conversation(String language) {
        Conversation conversation = new Conversation() {
        };
        conversation.language(language);
        conversation.catalogId(catalog.id());
        return conversation;
    }
}
