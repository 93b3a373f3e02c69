package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.page.AxeCheck.AxeReport;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chat page in a real headless Chromium: an audit from the greeting to the result, answered
 * by clicking quick replies and typing, with a reload in the middle. axe-core checks the three
 * views (start, mid-audit, result) against the WCAG 2.0/2.1 A and AA rules in the light and the
 * dark scheme, and screenshots of them land in target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageAuditIntegrationTests extends ChatPageInChromium {

    /** Laid over principles of four questions, this gives green, amber and red principles. */
    static final List<String> ANSWERS = List.of("ja", "ja", "teilweise", "nein", "ja", "weiß nicht", "trifft nicht zu");
    static final List<String> LIGHTS = List.of("grün", "gelb", "rot", "offen", "trifft nicht zu");

    @Test
    void startViewGreetsInGermanWithTheConversationInTheAddress() {
        page.openNew();

        assertThat(page.lastBotText()).startsWith("Hallo! Ich bin auditbot.");
        assertThat(page.quickReplyTexts()).containsExactly("Audit starten", "Sprint-Check-in",
                "Audit: Service Standard (GOV.UK)", "Hilfe", "English");
        assertThat(page.address()).matches("http://127\\.0\\.0\\.1:\\d+/#c=[A-Za-z0-9_-]{32}");
        assertThat(page.language()).isEqualTo("de");
        assertThat(page.progressLabel()).isEqualTo("Noch kein Audit begonnen");
        assertThat(page.result().isDisplayed()).isFalse();
        assertAccessible("1-start", "html");
    }

    @Test
    void auditByClicksAndTypingSurvivesAReloadAndEndsWithTheResult() {
        page.openNew();
        page.clickQuickReply("Audit starten");
        assertThat(page.progressLabel()).isEqualTo("Prinzip 1 von 19 · Nutzerzentrierung");
        assertThat(page.progressAnswered()).isEqualTo("0 von 76 Fragen beantwortet");

        page.clickQuickReply("Ja");
        assertThat(page.lastBotText()).startsWith("Notiert: erfüllt.");
        page.type("teilweise");
        assertThat(page.lastBotText()).startsWith("Notiert: teilweise erfüllt.");
        page.clickQuickReply("Nein");
        page.type("weiß nicht");
        assertThat(page.progressLabel()).isEqualTo("Prinzip 2 von 19 · Nutzerzentrierung");
        assertThat(page.progressAnswered()).isEqualTo("4 von 76 Fragen beantwortet");
        assertThat(page.progressValue()).isEqualTo("2");
        assertAccessible("2-mid-audit", "html");

        List<String> before = texts(page.botMessages());
        String address = page.address();
        page.reload();
        assertThat(page.address()).isEqualTo(address);
        assertThat(texts(page.botMessages())).isEqualTo(before);
        assertThat(texts(page.userMessages())).containsExactly("Audit starten", "Ja", "teilweise", "Nein", "weiß nicht");
        assertThat(page.progressLabel()).isEqualTo("Prinzip 2 von 19 · Nutzerzentrierung");
        assertThat(page.quickReplyTexts()).contains("Ja", "Teilweise", "Nein", "Weiß nicht", "Trifft nicht zu");

        page.clickQuickReply("Ja");
        for (int answered = 5; answered < 76; answered++) {
            page.type(ANSWERS.get(answered % ANSWERS.size()));
        }

        assertThat(page.result().isDisplayed()).isTrue();
        assertThat(page.element("#result-heading").getText()).isEqualTo("Ergebnis");
        assertThat(page.element("#result-overall").getText())
                .matches("Gesamt: \\d+ % · \\d+ von \\d+ zutreffenden Fragen beantwortet");
        assertThat(page.progressLabel()).isEqualTo("Alle 19 Prinzipien durchlaufen");
        assertThat(page.elements(".category-result")).hasSize(6);
        assertThat(page.elements(".principle-result")).hasSize(19);
        assertThat(texts(page.elements(".principle-result .light__name"))).allSatisfy(light -> assertThat(LIGHTS).contains(light));
        assertThat(texts(page.elements(".principle-result .light__name"))).contains("grün", "gelb", "rot");
        assertThat(page.elements("#radar-chart svg[role=img] .radar__axis")).hasSize(6);
        assertThat(page.elements(".next-step__link")).isNotEmpty()
                .allSatisfy(link -> assertThat(link.getDomAttribute("href")).startsWith("https://"));
        assertThat(page.elements("#report-links a")).extracting(link -> link.getDomAttribute("href"))
                .containsExactly(WebChatClient.BASE + "/" + conversationId(address) + "/report?format=html",
                        WebChatClient.BASE + "/" + conversationId(address) + "/report?format=md",
                        WebChatClient.BASE + "/" + conversationId(address) + "/report?format=json");
        assertThat(page.element("#trend-figure").isDisplayed()).isTrue();
        Object trendWidth = driver.executeScript(
                "const img = document.querySelector('#trend-chart');"
                        + "return img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth));");
        assertThat(((Number) trendWidth).intValue()).as("the trend chart is drawn by the server").isPositive();
        assertAccessible("3-result", "#result");

        page.reload();
        assertThat(page.result().isDisplayed()).isTrue();
        assertThat(page.elements(".principle-result")).hasSize(19);
    }

    /** The conversation id in the page address, which is also the access token of its report. */
    private static String conversationId(String address) {
        return address.substring(address.indexOf("#c=") + 3);
    }

    @Test
    void conversationsWithTheSameTeamNameShareTheirHistory() {
        String team = "Team Wohngeld " + UUID.randomUUID().toString().substring(0, 8);
        try {
            page.openNew();
            String first = page.address();
            page.chooseTeam(team);
            assertThat(page.address()).as("a new conversation for the team").isNotEqualTo(first);
            assertThat(page.element("#status").getText()).contains(team);
            assertThat(page.focused().getDomAttribute("id")).isEqualTo("message-input");
            page.type("Check-in");
            for (int guard = 0; !page.lastBotText().contains("Check-in geschafft") && guard < 10; guard++) {
                page.type("ja");
            }
            assertThat(page.lastBotText()).contains("Check-in geschafft");

            // The next new conversation on this device keeps the team and sees its check-in.
            page.openNew();
            assertThat(page.element("#team-input").getDomProperty("value")).isEqualTo(team);
            page.type("Verlauf");
            assertThat(page.lastBotText()).contains("Verlauf:", "· Check-in:");
            assertAccessible("6-team", "html");

            // Without the team name, a conversation is its own team again.
            page.chooseTeam("");
            page.type("Verlauf");
            assertThat(page.lastBotText()).startsWith("Für Ihr Team gibt es noch kein abgeschlossenes Audit");
        } finally {
            driver.executeScript("window.localStorage.clear()");
        }
    }

    /** No WCAG A/AA violation in either colour scheme, no console error; screenshots of both. */
    private void assertAccessible(String view, String pictured) {
        try {
            for (boolean dark : new boolean[] {false, true}) {
                window.darkScheme(dark);
                AxeReport report = axe.run(driver);
                System.out.printf("%s, %s scheme: %s%n", view, dark ? "dark" : "light", report.summary());
                assertThat(report.violations()).as("axe-core WCAG A/AA violations, %s, %s scheme", view,
                        dark ? "dark" : "light").isEmpty();
                assertThat(report.passedRules()).isPositive();
                page.screenshot(view + (dark ? "-dark" : ""), pictured);
            }
        } finally {
            window.darkScheme(false);
        }
        assertThat(window.consoleProblems()).as("browser console").isEmpty();
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
