package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A question without a question mark in the middle of an audit that the intent model still takes
 * for an answer ("darf man da Cookies setzen": an answer at 0.74). Recording it would put a level
 * the team never gave on the pending question, so the bot asks whether it was a question, offers
 * the principle's explanation first and the likeliest levels after it, and records nothing until
 * the team chooses. Answers worded like a question ("muss ich erst nachfragen") are still recorded;
 * some cost a tap ("müssen wir intern noch klären" is offered both since round 10's models). Which
 * sentences take this path moves with the models: "muss das barrierefrei sein", the example it was
 * built for, is read as a question outright since then, and "does anyone want coffee" as a
 * question without a topic, which explains the pending question's principle.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class QuestionOrAnswerConversationTests {

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | gilt das auch wenn wir nur 50 Anträge im Jahr haben
            de | muss man das Ergebnis veröffentlichen
            de | darf man da Cookies setzen
            de | soll das auch auf Englisch angeboten werden
            de | muss das auf dem Handy gehen
            en | must it be accessible
            en | should it work on mobile phones
            """)
    void aQuestionTheModelTakesForAnAnswerIsOfferedTheExplanationAndRecordsNothing(String language, String question) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(question)
                .expectBot(containsText(german ? "War das eine Frage zum Standard?" : "Was that a question about the standard?"))
                .expectProgress(0);
        List<String> buttons = script.last().replies().get(0).quickReplies();
        assertThat(buttons.get(0)).matches(german ? "Prinzip \\d+ erklären" : "Explain principle \\d+");
        assertThat(buttons).hasSizeGreaterThanOrEqualTo(3);

        String number = buttons.get(0).replaceAll("\\D", "");
        script.user(buttons.get(0))
                .expectBot(containsText((german ? "Prinzip " : "Principle ") + number + ":"))
                .expectBot(containsText(german ? "Frage 1 von 4 zu Prinzip 1" : "Question 1 of 4 on principle 1"))
                .expectProgress(0);
        script.user(german ? "ja" : "yes").expectProgress(1);
        AnswerRecord recorded = answers(script).get(0);
        assertThat(recorded.level()).isEqualTo(AnswerLevel.FULFILLED);
        assertThat(recorded.text()).as("the question is not kept as the answer's note").isNotEqualTo(question);
    }

    /** The team may also have meant it as its answer: a level button records it, with its words as the note. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | darf man da Cookies setzen
            en | must it be accessible
            """)
    void aLevelChosenAfterTheOfferRecordsTheMessageAsTheNote(String language, String question) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(question).expectProgress(0);
        String level = script.last().replies().get(0).quickReplies().get(1);
        script.user(level).expectProgress(1);
        AnswerRecord recorded = answers(script).get(0);
        assertThat(recorded.text()).isEqualTo(question);
        assertThat(recorded.confirmed()).isTrue();
    }

    /** While the bot asks back on an unclear answer, a question is offered as such, not taken as one more try. */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | hm | darf man da Cookies setzen
            en | hm | must it be accessible
            """)
    void aQuestionWhileTheBotAsksBackIsOfferedAsAQuestion(String language, String unclear, String question) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(unclear)
                .expectBot(containsText(german ? "Klingt nach" : "Sounds like"))
                .user(question)
                .expectBot(containsText(german ? "War das eine Frage zum Standard?" : "Was that a question about the standard?"))
                .expectProgress(0);
        assertThat(script.last().replies().get(0).quickReplies().get(0))
                .matches(german ? "Prinzip \\d+ erklären" : "Explain principle \\d+");
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            de | muss ich erst bei der Fachabteilung nachfragen | UNKNOWN
            de | muss ich nachsehen | UNKNOWN
            en | have to check with our vendor first | UNKNOWN
            """)
    void anAnswerWordedLikeAQuestionIsStillRecorded(String language, String answer, AnswerLevel level) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(answer).expectProgress(1);
        assertThat(answers(script).get(0).level()).isEqualTo(level);
    }

    /**
     * A question that the answer model takes for small talk: no level to suggest, only the
     * explanation. (Its German case, "ist das Wetter bei euch auch so schlecht", left when the tenth
     * set's lines joined training in round 11: the intent model now sees Why, not a question about
     * a principle, as what it may mean instead, and the bot gives the plain not-an-answer reply; no
     * German chatter question tried then took this path.)
     */
    @ParameterizedTest(name = "[{0}] {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | is it lunch time yet
            """)
    void aQuestionThatIsNoAnswerOffersOnlyTheExplanation(String language, String chatter) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(chatter)
                .expectBot(containsText(german ? "nicht als Antwort" : "did not take that as an answer"))
                .expectBot(containsText(german ? "War es eine Frage zum Standard?" : "Was it a question about the standard?"))
                .expectBot(containsText(german ? "Frage 1 von 4 zu Prinzip 1" : "Question 1 of 4 on principle 1"))
                .expectProgress(0);
        List<String> buttons = script.last().replies().get(0).quickReplies();
        assertThat(buttons.get(0)).matches(german ? "Prinzip \\d+ erklären" : "Explain principle \\d+");
        assertThat(repository.findById(script.key().storeId()).orElseThrow().clarification()).isEmpty();
    }

    private List<AnswerRecord> answers(ConversationScript script) {
        return repository.findById(script.key().storeId()).orElseThrow().audit().orElseThrow().answers();
    }
}
