package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The chat page for people who do not use a mouse, read in English, use a small screen or zoom
 * in: keyboard only from the greeting to the result with a visible focus, the language switch
 * with the page's {@code lang}, reflow at 320 CSS pixels and at 200 % zoom, a dead link, and user
 * text shown as text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChatPageAccessibilityIntegrationTests extends ChatPageInChromium {

    @AfterEach
    void desktopSize() {
        window.resize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
    }

    @Test
    void keyboardAloneLeadsFromTheGreetingToTheNextStepsOfTheResult() {
        page.openNew();
        page.press(Keys.TAB);
        assertThat(page.focused().getText()).isEqualTo("Zum Eingabefeld springen");
        page.press(Keys.ENTER);
        assertThat(page.focused().getDomAttribute("id")).isEqualTo("message-input");
        page.pressAndAwaitBot("Audit starten", Keys.ENTER);
        assertThat(page.progressLabel()).isEqualTo("Prinzip 1 von 19 · Nutzerzentrierung");

        tabBackTo("Nein");
        page.pressAndAwaitBot(Keys.ENTER);
        for (int answered = 1; answered < 76; answered++) {
            // After a quick reply, focus moves to the first new one; principle 1 gets "Nein" throughout.
            assertThat(page.focused().getText()).isEqualTo("Ja");
            if (answered < 4) {
                page.press(Keys.TAB);
                page.press(Keys.TAB);
            }
            page.pressAndAwaitBot(Keys.ENTER);
        }

        assertThat(page.result().isDisplayed()).isTrue();
        WebElement link = tabForwardTo("next-step__link", 40);
        assertThat(link.getText()).isEqualTo("Mehr zu Prinzip 1 im Leitfaden");
        assertThat(link.getCssValue("outline-style")).as("visible focus").isEqualTo("solid");
    }

    @Test
    void languageSwitchChangesTheBotThePageTextsAndLang() {
        page.openNew();
        page.switchLanguage();

        assertThat(page.language()).isEqualTo("en");
        assertThat(page.lastBotText()).startsWith("All right, I will speak English");
        assertThat(page.element("label[for=message-input]").getText()).isEqualTo("Your message");
        assertThat(page.element("#language-switch").getText()).isEqualTo("Deutsch");
        assertThat(page.element("#language-switch").getDomAttribute("lang")).isEqualTo("de");
        assertThat(page.quickReplyTexts()).contains("Deutsch");

        page.type("Deutsch");
        assertThat(page.language()).isEqualTo("de");
        assertThat(page.element("label[for=message-input]").getText()).isEqualTo("Ihre Nachricht");
        assertThat(axe.run(driver).violations()).isEmpty();
    }

    /**
     * 320 CSS pixels is a phone, or a 1280 px window at 400 % zoom (WCAG's reflow case); 640 CSS
     * pixels is that window at 200 % zoom, which is what browser zoom does to the layout.
     */
    @ParameterizedTest(name = "{0} CSS pixels wide")
    @ValueSource(ints = {320, 640})
    void narrowScreensAndZoomNeedNoSidewaysScrolling(int width) {
        window.resize(width, DESKTOP_HEIGHT);
        page.openNew();
        page.clickQuickReply("Audit starten");
        page.type("ja");
        page.type("Ergebnis");

        assertThat(page.result().isDisplayed()).isTrue();
        assertThat(window.horizontalOverflow()).as("pixels of sideways scrolling at %d px", width).isZero();
        assertThat(axe.run(driver).violations()).isEmpty();
        page.screenshot("4-narrow-" + width + "px");
    }

    @Test
    void aLinkToAConversationThatDoesNotExistSaysSoAndOffersANewOne() {
        page.openAddress("#c=" + "A".repeat(32));

        assertThat(page.element("#error").getText()).startsWith("Dieses Gespräch gibt es nicht");
        assertThat(page.element("#composer").isDisplayed()).isFalse();
        assertThat(page.element("#new-conversation").getText()).isEqualTo("Neues Gespräch");
        assertThat(axe.run(driver).violations()).isEmpty();
    }

    @Test
    void userTextIsShownAsTextNeverAsMarkup() {
        page.openNew();
        String markup = "<img src=x id=injected><b>fett</b>";
        page.type(markup);

        assertThat(page.userMessages().get(0).getText()).isEqualTo(markup);
        assertThat(page.elements("#injected")).isEmpty();
        assertThat(page.elements("#messages b")).isEmpty();
    }

    private void tabBackTo(String text) {
        for (int i = 0; i < 12 && !page.focused().getText().equals(text); i++) {
            page.press(Keys.SHIFT, Keys.TAB);
        }
        assertThat(page.focused().getText()).isEqualTo(text);
    }

    private WebElement tabForwardTo(String cssClass, int limit) {
        for (int i = 0; i < limit; i++) {
            page.press(Keys.TAB);
            String classes = page.focused().getDomAttribute("class");
            if (classes != null && classes.contains(cssClass)) {
                return page.focused();
            }
        }
        throw new AssertionError("No ." + cssClass + " within " + limit + " presses of Tab");
    }
}
