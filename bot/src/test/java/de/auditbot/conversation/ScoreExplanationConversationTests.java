package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * "warum" / "why": the answers behind a principle's or a category's score, with who gave them,
 * when, in which words and with which links; the audit goes on afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class ScoreExplanationConversationTests {

    @Autowired
    ConversationService service;

    @Test
    void whyShowsWhoAnsweredWhatInWhichWordsAndTheEvidence() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("ja https://wiki.example.org/p1").as("ben").user("nein", 3);
        script.user("warum Prinzip 1")
                .expectBot(containsText("Prinzip 1 – Erhebung und Bewertung von Nutzeranforderungen: 25 %"))
                .expectBot(containsText("→ erfüllt (anna, "))
                .expectBot(containsText("„ja https://wiki.example.org/p1“"))
                .expectBot(containsText("Nachweis: https://wiki.example.org/p1"))
                .expectBot(containsText("→ nicht erfüllt (ben, "))
                .expectBot(containsText("Weiter mit der aktuellen Frage"))
                .expectState(ConversationState.AUDIT)
                .expectPrinciple(2);
        script.user("warum?").expectBot(containsText("Prinzip 2 –")).expectBot(containsText("noch keine Antwort"));
        script.user("warum Nutzerzentrierung")
                .expectBot(containsText("Prinzip 1 – Erhebung"))
                .expectBot(containsText("Prinzip 2 –"));
    }

    @Test
    void whyWithoutAnythingToExplainAsksWhichOne() {
        ConversationScript.open(service, "en").user("why")
                .expectBot(containsText("What would you like the why for?"));
    }
}
