package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.offers;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.history.TeamHistory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The UK Service Standard, a catalog added as data only: offered in the menu, audited from start
 * to result, in English texts even when the conversation speaks German, and kept in the history
 * under its own catalog id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class SecondCatalogConversationTests {

    static final String UK_BUTTON = "Audit: Service Standard (GOV.UK)";

    @Autowired
    ConversationService service;

    @Autowired
    TeamHistory history;

    @Test
    void aGermanConversationAuditsTheUkCatalogInItsOwnLanguage() {
        ConversationScript script = ConversationScript.open(service, "de").expectBot(offers(UK_BUTTON));
        script.user(UK_BUTTON)
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("„Service Standard (GOV.UK)“: 14 Prinzipien, 42 Fragen"))
                .expectBot(containsText("Meeting users' needs"))
                .expectBot(containsText("Prinzip 1: Understand users and their needs"))
                .expectPrinciple(1);
        script.user("ja", 3).user("nein", 3).answerAll("teilweise")
                .expectState(ConversationState.RESULT)
                .expectBot(containsText("Ergebnis: Service Standard (GOV.UK)"))
                .expectBot(containsText("Using the right technology"))
                .expectBot(containsText("Prinzip 14 – Operate a reliable service: 50 %"));
        ResultView result = script.last().replies().stream().filter(r -> r.result() != null).findFirst()
                .orElseThrow().result();
        assertThat(result.catalog().id()).isEqualTo("uk-service-standard");
        assertThat(result.categories()).hasSize(3);
        assertThat(result.principles()).hasSize(14);
        assertThat(result.principles().get(0).score()).isEqualTo(1.0);
        assertThat(result.principles().get(1).score()).isEqualTo(0.0);
        assertThat(history.runs(script.key().storeId(), "uk-service-standard")).hasSize(1);
        assertThat(history.runs(script.key().storeId(), "ozg-servicestandard")).isEmpty();
        script.user("Verlauf").expectBot(containsText("Verlauf: Service Standard (GOV.UK)"));
    }

    @Test
    void questionsAboutUkPointsWorkByNumberTitleAndTopic() {
        ConversationScript script = ConversationScript.open(service, "en").user(UK_BUTTON).expectPrinciple(1);
        script.user("What is point 5?")
                .expectBot(containsText("Principle 5: Make sure everyone can use the service"))
                .expectPrinciple(1);
        script.user("What does make new source code open mean?")
                .expectBot(containsText("Principle 12: Make new source code open"))
                .expectBot(containsText("https://www.gov.uk/service-manual/service-standard"));
        script.user("what do you mean by uptime and monitoring?")
                .expectBot(containsText("Principle 14: Operate a reliable service"))
                .expectPrinciple(1);
    }

    @Test
    void afterChoosingTheUkCatalogTheMenuOffersTheOzgCatalogBack() {
        ConversationScript.open(service, "en").user(UK_BUTTON).user("cancel").user("yes, cancel")
                .expectBot(offers("Audit: Service Standard for the OZG implementation"));
    }
}
