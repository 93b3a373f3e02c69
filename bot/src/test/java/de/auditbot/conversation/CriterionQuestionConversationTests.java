package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.offers;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Questions about a topic, asked in the team's own words, go through the whole conversation core
 * (rules, intent model, criterion finder, dialog): a clear one gets the right principle's
 * explanation, one that touches several principles gets the three likeliest as quick replies. The
 * questions are written for this test only; no training or held-out file holds them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CriterionQuestionConversationTests {

    @Autowired
    ConversationService service;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        de | Wie sollen wir laut Standard mit Gebärdensprachvideos umgehen?            | Prinzip 3: Barrierefreiheit
        de | Welches Prinzip regelt, dass wir Nachweise direkt beim Register abrufen?   | Prinzip 4: Once-Only-Prinzip
        de | Was sagt der Standard dazu, wenn unser Dienst keinen Notfallplan hat?      | Prinzip 15: IT-Sicherheit und Support
        de | Müssen wir die Nutzungszahlen unseres Dienstes veröffentlichen?            | Prinzip 18: Evaluation der Nutzerzufriedenheit
        en | What does the standard say about publishing our source code on GitLab?   | Principle 13: Open source
        en | Which principle covers asking the legislator to drop the written form?   | Principle 7: Need for legal changes
        """)
    void aTopicQuestionGetsTheRightPrinciplesExplanation(String language, String question, String heading) {
        ConversationScript.open(service, language).user(question)
                .expectBot(containsText(heading))
                .expectState(ConversationState.MENU);
    }

    @Test
    void aTopicQuestionDuringAnAuditIsAnsweredAndTheAuditGoesOn() {
        ConversationScript.open(service, "de").user("Audit starten")
                .user("Wie oft sollten wir prüfen, ob unsere Bibliotheken veraltet sind?")
                .expectBot(containsText("Prinzip 17: Technologische Evaluation"))
                .expectBot(offers("Prinzip 17 bewerten"))
                .expectBot(containsText("Frage 1 von 4 zu Prinzip 1"))
                .expectState(ConversationState.AUDIT);
    }

    @Test
    void aQuestionBetweenPrinciplesOffersTheThreeLikeliestAndExplainsTheOneChosen() {
        ConversationScript script = ConversationScript.open(service, "de")
                .user("Wie hängen Schnittstellen, offene Formate und der Datenaustausch mit anderen Behörden zusammen?");

        List<String> offered = script.last().replies().get(0).quickReplies();
        assertThat(offered).hasSize(3).allMatch(label -> label.matches("Prinzip \\d+ erklären"))
                .contains("Prinzip 12 erklären", "Prinzip 16 erklären");
        script.user("Prinzip 16 erklären").expectBot(containsText("Prinzip 16: Interoperabilität"));
    }
}
