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

    /** Off-topic: the answer model is unsure about it, so the bot must ask back. */
    static final String UNCLEAR = "das Wetter ist schön";
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
