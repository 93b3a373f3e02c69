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
            de | können wir eine Pause machen, der Hausmeister will in den Raum        | Pausiert.
            de | bitte diese Frage auslassen, das weiß nur die Kämmerei                | Übersprungen
            de | könnten wir abbrechen, wir haben den falschen Dienst ausgewählt       | Wirklich abbrechen?
            de | lass uns eine Frage zurückgehen, ich habe mich verlesen               | Zurück zur vorigen Frage
            de | können wir kurz unterbrechen, mein Telefon klingelt                   | Pausiert.
            de | bitte zur nächsten Frage, dazu muss ich erst die Fachabteilung fragen | Übersprungen
            en | could we cancel here, my manager is calling                           | Really cancel?
            en | can we leave this question out, the numbers are with finance          | Skipped
            en | let's go back one, I misread the question                             | Back to the previous question
            en | could we take a break, my next appointment is waiting                 | Paused.
            en | can we cancel the audit, this is the wrong team                       | Really cancel?
            en | could you skip this one, our architect is not here                    | Skipped
            en | please pause, the network keeps dropping                              | Paused.
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
            de | die Nutzerbefragung haben wir nach der ersten Runde beendet
            en | we paused the project over the summer
            en | we cancelled the contract with the old vendor
            en | going back to the old paper forms is not an option
            en | we usually skip manual testing for small releases
            en | our results go to the board every quarter
            en | we stopped the pilot after the first phase
            de | wir haben die Ausschreibung im Frühjahr abgebrochen
            de | die Nutzertests haben wir wegen Personalmangel pausiert
            de | Barrierefreiheitstests überspringen wir nie
            de | zurück zum Papierantrag will bei uns keiner
            de | der Bericht geht jedes Quartal an den Lenkungskreis
            de | die Persona-Workshops wurden im Sommer gestoppt
            en | we stopped the user survey after two rounds
            en | we skipped the pen test this year
            en | going back to paper is no option for us
            en | we cancelled the persona workshops, there was no budget
            en | we had to pause the rollout in spring
            en | the old portal was shut down and nobody went back to it
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

    /**
     * A remark with a command word that answers some other question than the pending one ("Sind die
     * Zielgruppen beschrieben?") may be taken for no answer, but is never run as the command. ("unsere
     * Ergebnisse gehen an die Leitung" sat among the answers above until round 11, where the answer
     * model, its scores nearly flat, came to read it as no answer to that question.)
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | unsere Ergebnisse gehen an die Leitung
            """)
    void aRemarkWithACommandWordIsNeverRunAsTheCommand(String language, String text) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(text)
                .expectState(ConversationState.AUDIT);
        assertThat(script.lastText()).doesNotContain(german ? "Bericht" : "report", german ? "Pausiert" : "Paused",
                german ? "Übersprungen" : "Skipped", german ? "Wirklich abbrechen" : "Really cancel");
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
     * An English request with a reason that the intent model ranks as an answer first ("could we
     * call it off please, the fire alarm is going off": ANSWER 0.56, then CANCEL 0.33) is the command
     * it ranks next, as a request is; nothing is recorded. (Until round 10 the sentence was "could we
     * stop here please, …"; with the round's new PAUSE lines the model ranks that one PAUSE first at
     * 0.61, a request taken directly, so it no longer went this way.)
     */
    @Test
    void anEnglishRequestTheModelRanksAsAnAnswerFirstIsTheCommandItRanksNext() {
        ConversationScript.open(service, "en").user("start audit")
                .user("could we call it off please, the fire alarm is going off")
                .expectBot(containsText("Really cancel?"))
                .expectBot(doesNotContain("did not take that as an answer"))
                .expectProgress(0);
    }
}
