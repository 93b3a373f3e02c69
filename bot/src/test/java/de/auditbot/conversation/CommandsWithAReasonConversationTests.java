package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.doesNotContain;
import static de.auditbot.conversation.ConversationScript.offers;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerRecord;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Commands given with a reason while a check question is pending are taken as the command the
 * first time; answers that mention a command word stay answers; a message that may be either gets
 * both offered.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CommandsWithAReasonConversationTests {

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | könnten wir hier abbrechen, die Leitung ruft an                       | Wirklich abbrechen?
            de | können wir das Audit hier beenden, der Termin ist vorbei              | Wirklich abbrechen?
            de | lass uns an dieser Stelle pausieren, wir müssen in eine Besprechung   | Pausiert.
            de | wir möchten hier unterbrechen, gleich kommt der Bürgermeister         | Pausiert.
            de | bitte überspringen, dazu fehlen uns gerade die Zahlen                 | Übersprungen
            de | können wir zur vorigen Frage zurück, da habe ich mich vertan          | Zurück zur vorigen Frage
            en | could we stop the audit, the client has changed the scope             | Really cancel?
            en | let's pause here, we have another meeting                             | Paused.
            en | let's take a break, the projector died                                | Paused.
            en | please skip this one, we don't have the numbers yet                   | Skipped
            en | can we go back one question, I picked the wrong answer                | Back to the previous question
            """)
    void aCommandWithAReasonIsTakenAsTheCommandTheFirstTime(String language, String text, String reaction) {
        ConversationScript.open(service, language).user(language.equals("de") ? "Audit starten" : "start audit")
                .user(language.equals("de") ? "ja" : "yes").expectProgress(1)
                .user(text)
                .expectBot(containsText(reaction))
                .expectBot(doesNotContain(language.equals("de") ? "Klingt nach" : "Sounds like"));
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | wir haben das Projekt im Sommer pausiert
            de | zurück zur alten Lösung wollen wir nicht
            de | die Tests überspringen wir meistens aus Zeitgründen
            de | den Piloten haben wir letztes Jahr abgebrochen
            de | unsere Ergebnisse gehen an die Leitung
            de | die Nutzerbefragung haben wir nach der ersten Runde beendet
            en | we paused the project over the summer
            en | we cancelled the contract with the old vendor
            en | going back to the old paper forms is not an option
            en | we usually skip manual testing for small releases
            en | our results go to the board every quarter
            en | we stopped the pilot after the first phase
            """)
    void anAnswerThatMentionsACommandWordStaysAnAnswer(String language, String text) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(text)
                .expectState(ConversationState.AUDIT);
        String said = script.lastText();
        // never run as the command: recorded, asked back about the level, or offered both
        assertThat(said).as("recorded, or asked back").containsAnyOf(
                german ? "Notiert:" : "Noted:", german ? "Klingt nach" : "Sounds like",
                german ? "Meinen Sie" : "Did you mean");
        assertThat(said).doesNotContain(german ? "Pausiert" : "Paused", german ? "Übersprungen" : "Skipped",
                german ? "Wirklich abbrechen" : "Really cancel", german ? "Zurück zur vorigen" : "Back to the previous");
    }

    @Test
    void aMessageThatMayBeEitherOffersTheCommandBesideTheLevelsAndRecordsTheChosenLevelWithTheNote() {
        String text = "die Abnahme überspringen wir immer";
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user(text)
                .expectBot(containsText("Meinen Sie „Überspringen“ – oder war das Ihre Antwort?"))
                .expectBot(offers("Überspringen"))
                .expectProgress(0);
        List<String> offered = script.last().replies().get(0).quickReplies();
        assertThat(offered).hasSizeGreaterThanOrEqualTo(2).startsWith("Überspringen").doesNotHaveDuplicates();

        script.user(offered.get(1)).expectBot(containsText("Notiert:")).expectProgress(1);

        List<AnswerRecord> answers = repository.findById(script.key().storeId()).orElseThrow().audit().orElseThrow().answers();
        assertThat(answers).hasSize(1);
        AnswerRecord answer = answers.get(0);
        assertThat(answer.text()).isEqualTo(text);
        assertThat(answer.confirmed()).isTrue();
    }

    @Test
    void choosingTheOfferedCommandRunsIt() {
        ConversationScript.open(service, "de").user("Audit starten")
                .user("die Abnahme überspringen wir immer")
                .expectBot(containsText("Meinen Sie „Überspringen“ – oder war das Ihre Antwort?"))
                .user("Überspringen")
                .expectBot(containsText("Übersprungen"))
                .expectBot(doesNotContain("Notiert"))
                .expectProgress(0);
    }

    /**
     * Left for the next round: with all of the sixth follow-up's training merged, the intent model
     * reads this English request as an answer (CANCEL second at 0.34), and the answer model takes it
     * for no answer. Nothing is recorded and nothing else runs; the team has to say "cancel" again.
     */
    @Test
    void anEnglishRequestTheModelReadsAsAnAnswerRecordsNothing() {
        ConversationScript.open(service, "en").user("start audit")
                .user("could we cancel here, my manager is calling")
                .expectBot(containsText("did not take that as an answer"))
                .expectState(ConversationState.AUDIT)
                .expectProgress(0);
    }
}
