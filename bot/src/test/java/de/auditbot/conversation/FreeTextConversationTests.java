package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.doesNotContain;
import static de.auditbot.conversation.ConversationScript.offers;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerRecord;
import de.auditbot.nlp.candidates.TrainingCandidateRepository;
import de.auditbot.nlp.candidates.TrainingCandidates;
import de.auditbot.nlp.model.ConfidencePolicy;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Free text in the dialog: answers in the team's own words, asking back when the bot is unsure
 * (both choices, and the path of two unclear tries), and questions about principles in the
 * middle of an audit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class FreeTextConversationTests {

    /** An answer the model is unsure about (no rule matches it), so the bot must ask back. */
    static final String UNCLEAR = "ja und nein";
    /** Chatter while the bot asks back: one more unclear message. */
    static final String UNCLEAR_AGAIN = "Kaffee";

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @Autowired
    TrainingCandidateRepository candidateRepository;

    @Autowired
    TrainingCandidates candidates;

    @BeforeEach
    void forgetCandidates() {
        candidateRepository.deleteAll();
    }

    @Test
    void recordsAnswersInTheTeamsOwnWordsWhenItIsSure() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("ja, aber nur für das Antragsformular").expectBot(containsText("Notiert: teilweise erfüllt"))
                .user("nö, keine Zeit dafür").expectBot(containsText("Notiert: nicht erfüllt"))
                .user("keine Ahnung, muss ich die Fachabteilung fragen").expectBot(containsText("Notiert: weiß nicht"))
                .expectProgress(3);

        AnswerRecord first = answers(script).get(0);
        assertThat(first.text()).isEqualTo("ja, aber nur für das Antragsformular");
        assertThat(first.confidence()).isBetween(ConfidencePolicy.ANSWERS.threshold(), 1.0);
        assertThat(first.confirmed()).isFalse();
    }

    @Test
    void understandsEnglishFreeText() {
        ConversationScript.open(service, "en").user("start audit")
                .user("yes, but only for the main form").expectBot(containsText("Noted: partly fulfilled"))
                .user("we never talked to users").expectBot(containsText("Noted: not fulfilled"));
    }

    @Test
    void asksBackWithTheTwoLikeliestLevelsAndRecordsTheSecondWhenChosen() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user(UNCLEAR)
                .expectBot(containsText("Klingt nach"))
                .expectBot(containsText("nichts notiert"))
                .expectProgress(0);
        List<String> offered = script.last().replies().get(0).quickReplies();
        assertThat(offered).hasSize(3).endsWith("Überspringen");

        script.user(offered.get(1)).expectBot(containsText("Notiert:")).expectProgress(1);

        AnswerRecord answer = answers(script).get(0);
        assertThat(answer.text()).as("the free text is kept as the note").isEqualTo(UNCLEAR);
        assertThat(answer.confirmed()).isTrue();
        assertThat(candidates.exportLines()).containsExactly(answer.level().name() + "\t" + UNCLEAR);
    }

    @Test
    void aPlainJaConfirmsTheFirstSuggestion() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten").user(UNCLEAR);
        String first = script.last().replies().get(0).quickReplies().get(0);

        script.user("ja").expectBot(containsText("Notiert: " + first.toLowerCase())).expectProgress(1);

        assertThat(answers(script).get(0).confirmed()).isTrue();
    }

    /**
     * Small talk while a check question is pending is no answer: the bot says so, asks the question
     * again with the five levels and records nothing, and it keeps no note of the chatter. Each line
     * is new to the answer model's training.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | das Wetter ist schön",
        "de | Ich hole Kaffee",
        "de | Marco hat heute Geburtstag, es gibt Kuchen",
        "de | die Kantine hat heute Fisch",
        "de | heute Abend spielt Dortmund",
        "de | der Aufzug ist kaputt",
        "de | ich glaub es regnet gleich",
        "de | ich muss gleich zum Zahnarzt",
        "en | can someone close the window please",
        "en | the coffee here is awful",
        "en | it's my turn to buy cake on Friday",
        "en | the heating is off again in our office",
        "en | my kids start school next week",
    })
    void chatterIsNeverRecordedAndThePendingQuestionComesAgain(String language, String chatter) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(chatter)
                .expectBot(containsText(german ? "nicht als Antwort" : "did not take that as an answer"))
                .expectBot(containsText(german ? "Frage 1 von 4 zu Prinzip 1" : "Question 1 of 4 on principle 1"))
                .expectBot(offers(german ? "Teilweise" : "Partly"))
                .expectProgress(0);
        assertThat(answers(script)).isEmpty();
        assertThat(repository.findById(script.key().storeId()).orElseThrow().clarification()).isEmpty();
    }

    /**
     * Chatter the model does not recognise as such (it ranks a level first, unsure) is asked back
     * on, never recorded.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "de | ich habe meinen Schirm im Zug liegen lassen",
        "en | our neighbour's dog barks all day",
        "en | the fire alarm test is at two",
    })
    void chatterTheModelTakesForAnUnsureAnswerIsAskedBackNotRecorded(String language, String chatter) {
        boolean german = language.equals("de");
        ConversationScript script = ConversationScript.open(service, language).user(german ? "Audit starten" : "start audit")
                .user(chatter)
                .expectBot(containsText(german ? "nichts notiert" : "noted nothing"))
                .expectProgress(0);
        assertThat(answers(script)).isEmpty();
    }

    @Test
    void offersAllFiveLevelsAfterTwoUnclearTriesAndThenLeavesTheQuestionOpenInsteadOfLooping() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user(UNCLEAR).expectBot(containsText("Klingt nach"))
                .user(UNCLEAR_AGAIN)
                .expectBot(containsText("eine der fünf Antworten"))
                .expectBot(offers("Erfüllt")).expectBot(offers("Teilweise erfüllt")).expectBot(offers("Nicht erfüllt"))
                .expectBot(offers("Weiß nicht")).expectBot(offers("Trifft nicht zu"))
                .expectProgress(0);

        script.user("nein")
                .expectBot(containsText("erst einmal offen"))
                .expectBot(doesNotContain("Notiert"))
                .expectBot(containsText("Frage 2 von 4 zu Prinzip 1"))
                .expectProgress(0);
        assertThat(answers(script)).isEmpty();
    }

    @Test
    void aCriterionQuestionInTheMiddleOfAnAuditIsAnsweredAndThePendingQuestionComesBack() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten").user("ja")
                .user("Was sagt der Standard zur Barrierefreiheit?")
                .expectBot(containsText("Prinzip 3: Barrierefreiheit"))
                .expectBot(offers("Prinzip 3 bewerten"))
                .expectBot(containsText("Frage 2 von 4 zu Prinzip 1"))
                .expectProgress(1)
                .expectState(ConversationState.AUDIT);

        script.user("Prinzip 3 bewerten").expectPrinciple(3);
    }

    @Test
    void aQuestionWithoutATopicDuringAnAuditExplainsThePendingPrinciple() {
        ConversationScript.open(service, "de").user("Audit starten")
                .user("Was heißt das genau?")
                .expectBot(containsText("Prinzip 1: Erhebung und Bewertung von Nutzeranforderungen"))
                .expectBot(containsText("Frage 1 von 4 zu Prinzip 1"))
                .expectProgress(0);
    }

    @Test
    void aPrincipleCanBeAskedForByNumberOutsideAnAudit() {
        ConversationScript.open(service, "de")
                .user("Was bedeutet Prinzip 5?")
                .expectBot(containsText("Prinzip 5: Datenschutz"))
                .expectBot(offers("Audit starten"))
                .expectState(ConversationState.MENU);
    }

    @Test
    void aCriterionAnswerListsItsCheckQuestionsAndTheOfficialLink() {
        ConversationScript.open(service, "de").user("Was ist Prinzip 7?")
                .expectBot(containsText("Prinzip 7:"))
                .expectBot(containsText("Daran erkennen Sie es:\n• "))
                .expectBot(containsText("Offizielle Beschreibung: https://www.digitale-verwaltung.de/"))
                .expectBot(containsText("prinzip-7"));
    }

    @Test
    void anUnsureCriterionQuestionOffersTheThreeLikeliestPrinciples() {
        ConversationScript script = ConversationScript.open(service, "de").user("Was meint der Standard damit?");

        List<String> offered = script.last().replies().get(0).quickReplies();
        assertThat(offered).hasSize(3).allMatch(label -> label.matches("Prinzip \\d+ erklären"));
        script.user(offered.get(0)).expectBot(containsText(offered.get(0).replace(" erklären", ":")));
    }

    private List<AnswerRecord> answers(ConversationScript script) {
        return repository.findById(script.key().storeId()).orElseThrow().audit().orElseThrow().answers();
    }

}
