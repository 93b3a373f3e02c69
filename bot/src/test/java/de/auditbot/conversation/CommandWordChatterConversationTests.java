package de.auditbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Chatter with a command word typed while a check question is pending ("bin gleich wieder da",
 * "we're back from lunch", "mein Kollege macht grad Pause") must not move the team: inside an audit
 * a command taken wrongly goes back, skips, pauses or cancels. Before round 10 the intent model and
 * {@code CommandOrAnswer} ran five of these as the command (PAUSE, CANCEL, RESUME).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CommandWordChatterConversationTests {

    @Autowired
    ConversationService service;

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | ich bin gleich zurück
            de | bin gleich wieder da
            de | sorry, bin kurz weg, gleich wieder da
            de | mein Kollege macht grad Pause
            de | wir brechen das Verfahren ab, wenn Unterlagen fehlen
            en | I'll be right back
            en | we're back from lunch
            en | my colleague is on a break right now
            """)
    void chatterWithACommandWordDoesNotRunTheCommand(String language, String text) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(german ? "ja" : "yes").expectProgress(1)
                .user(text)
                .expectState(ConversationState.AUDIT);
        assertThat(script.lastText()).doesNotContain(german ? "Pausiert" : "Paused", german ? "Übersprungen" : "Skipped",
                german ? "Wirklich abbrechen" : "Really cancel", german ? "Zurück zur vorigen" : "Back to the previous",
                german ? "Weiter geht" : "Let's continue");
    }
}
