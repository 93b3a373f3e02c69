package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.doesNotContain;
import static de.auditbot.conversation.ConversationScript.offers;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Conversation behaviour through the core, with no channel: every control of an audit in German
 * and English words and as quick replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class ConversationScriptTests {

    @Autowired
    ConversationService service;

    @Autowired
    ConversationRepository repository;

    @Autowired
    CatalogRegistry catalogs;

    Catalog catalog;
    int questionsOfPrinciple1;

    @BeforeEach
    void setUp() {
        catalog = catalogs.defaultCatalog();
        questionsOfPrinciple1 = catalog.principle(1).orElseThrow().questions().size();
    }

    @Test
    void greetsWithAMenuAndStartsTheAuditWithTheFirstCategory() {
        ConversationScript script = ConversationScript.open(service, "de")
                .expectBot(containsText("auditbot"))
                .expectBot(offers("Audit starten"))
                .expectState(ConversationState.MENU);

        script.user("Audit starten")
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("Kategorie 1 von 6: Nutzerzentrierung"))
                .expectBot(containsText("Prinzip 1: Erhebung und Bewertung von Nutzeranforderungen"))
                .expectBot(offers("Ja"))
                .expectBot(offers("Trifft nicht zu"))
                .expectPrinciple(1);
    }

    @Test
    void walksThroughCategoriesInOrderAndRecordsWhoAnsweredWhat() {
        ConversationScript script = ConversationScript.open(service, "de").user("los");
        script.as("bernd").user("Ja").expectBot(containsText("Notiert: erfüllt")).expectProgress(1);
        script.as("carla").user("teilweise").expectBot(containsText("Notiert: teilweise erfüllt"));
        script.user("Nein").user("weiß nicht")
                .expectPrinciple(2)
                .expectBot(containsText("Prinzip 2: Einfache und intuitive Nutzung"))
                .expectBot(doesNotContain("Kategorie"));

        int toVorgehen = catalog.categories().get(0).principles().stream().mapToInt(p -> p.questions().size()).sum() - 4;
        script.user("trifft nicht zu", toVorgehen)
                .expectBot(containsText("Kategorie 2 von 6: Vorgehen"))
                .expectPrinciple(7);

        var answers = repository.findById(script.key().storeId()).orElseThrow().audit().orElseThrow().answers();
        AnswerRecord second = answers.get(1);
        assertThat(second.senderId()).isEqualTo("carla");
        assertThat(second.text()).isEqualTo("teilweise");
        assertThat(second.level()).isEqualTo(AnswerLevel.PARTIAL);
        assertThat(second.questionId()).isEqualTo(catalog.principle(1).orElseThrow().questions().get(1).id());
        assertThat(second.at()).isNotNull();
        assertThat(answers.get(3).level()).isEqualTo(AnswerLevel.UNKNOWN);
    }

    @Test
    void understandsEnglishWordsEmojiAndSpellingsWithoutUmlauts() {
        ConversationScript.open(service, "en")
                .expectBot(offers("Start audit"))
                .user("start audit").expectBot(containsText("Category 1 of 6"))
                .user("yes").expectBot(containsText("Noted: fulfilled"))
                .user("partly").expectBot(containsText("Noted: partly fulfilled"))
                .user("👎").expectBot(containsText("Noted: not fulfilled"))
                .user("weiss nicht").expectBot(containsText("Noted: don't know"))
                .user("N/A").expectBot(containsText("Noted: not applicable"))
                .expectProgress(5);
    }

    @Test
    void asksBackInsteadOfRecordingWhatItDoesNotUnderstand() {
        ConversationScript.open(service, "de").user("Audit starten")
                .user("das Wetter ist schön")
                .expectBot(containsText("nichts notiert"))
                .expectBot(offers("Überspringen"))
                .expectProgress(0)
                .expectPrinciple(1);
    }

    @Test
    void skippedQuestionsComeBackAtTheEnd() {
        int total = catalog.questions().size();
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("überspringen").expectBot(containsText("Übersprungen"))
                .expectProgress(0);
        script.user("ja", total - 1)
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("übersprungen – hier ist sie noch einmal"))
                .expectPrinciple(1);
        script.user("ja").expectState(ConversationState.RESULT).expectProgress(total);
    }

    @Test
    void aQuestionSkippedTwiceStaysOpenAndTheAuditStillEnds() {
        int total = catalog.questions().size();
        ConversationScript script = ConversationScript.open(service, "en").user("start")
                .user("skip").user("yes", total - 1)
                .user("skip")
                .expectState(ConversationState.RESULT)
                .expectProgress(total - 1)
                .expectBot(containsText("Result:"));
        assertThat(service.result(script.key()).orElseThrow().overall().answered()).isEqualTo(total - 1);
    }

    @Test
    void backCorrectsThePreviousAnswerAndThenContinuesWhereItLeftOff() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("ja").user("ja").user("ja")
                .user("zurück")
                .expectBot(containsText("Bisherige Antwort: erfüllt"))
                .expectBot(containsText("Frage 3 von"))
                .user("zurück")
                .expectBot(containsText("Frage 2 von"))
                .user("nein").expectBot(containsText("Korrigiert: nicht erfüllt"))
                .expectBot(containsText("Frage 3 von"))
                .user("ja").expectBot(containsText("Frage 4 von"));
        script.expectProgress(3);
        var levels = repository.findById(script.key().storeId()).orElseThrow().audit().orElseThrow().currentLevels();
        assertThat(levels.values()).containsExactly(AnswerLevel.FULFILLED, AnswerLevel.NOT_FULFILLED,
                AnswerLevel.FULFILLED);
    }

    @Test
    void backOnTheFirstQuestionSaysSo() {
        ConversationScript.open(service, "en").user("start").user("back")
                .expectBot(containsText("first question"))
                .expectPrinciple(1);
    }

    @Test
    void changesANamedPrincipleAndReturnsToTheOpenQuestion() {
        int upToPrinciple4 = catalog.principles().subList(0, 3).stream().mapToInt(p -> p.questions().size()).sum();
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("ja", upToPrinciple4)
                .expectPrinciple(4)
                .user("Prinzip 3 ändern")
                .expectBot(containsText("Prinzip 3"))
                .expectBot(containsText("Bisherige Antwort: erfüllt"))
                .expectPrinciple(3);
        int questionsOf3 = catalog.principle(3).orElseThrow().questions().size();
        script.user("teilweise", questionsOf3)
                .expectPrinciple(4)
                .expectProgress(upToPrinciple4);
        assertThat(service.result(script.key()).orElseThrow().principles().get(2).score()).isEqualTo(0.5);

        script.user("Prinzip 42 ändern").expectBot(containsText("Ein Prinzip 42 gibt es nicht")).expectPrinciple(4);
        script.user("change principle 1").expectPrinciple(1);
    }

    @Test
    void pausesAndResumesLaterWithoutLosingAnything() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("ja", questionsOfPrinciple1)
                .user("Pause")
                .expectState(ConversationState.PAUSED)
                .expectBot(offers("Weiter"));
        script.user("ja")
                .expectState(ConversationState.PAUSED)
                .expectBot(containsText("pausiert"))
                .expectProgress(questionsOfPrinciple1);
        ConversationScript.resume(service, script.key())
                .user("weiter")
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("Willkommen zurück"))
                .expectPrinciple(2)
                .expectProgress(questionsOfPrinciple1);
    }

    @Test
    void statusTellsHowFarTheAuditIs() {
        int total = catalog.questions().size();
        ConversationScript.open(service, "de")
                .user("status").expectBot(containsText("noch kein Audit"))
                .user("Audit starten").user("ja").user("skip")
                .user("Status")
                .expectBot(containsText("1 von " + total + " Fragen beantwortet"))
                .expectBot(containsText("1 übersprungen"))
                .expectBot(containsText("Aktuell: Prinzip 1"))
                .expectState(ConversationState.AUDIT);
    }

    @Test
    void showsTheResultSoFarAndContinuesWithTheQuestion() {
        ConversationScript.open(service, "de").user("Audit starten")
                .user("Ergebnis").expectBot(containsText("Noch gibt es kein Ergebnis"))
                .user("ja").user("nein")
                .user("Zwischenstand")
                .expectBot(containsText("Zwischenstand"))
                .expectBot(containsText("Gesamt: 50 %"))
                .expectBot(containsText("Die wichtigsten nächsten Schritte"))
                .expectBot(containsText("Weiter mit der aktuellen Frage"))
                .expectBot(containsText("Frage 3 von"))
                .expectState(ConversationState.AUDIT);
    }

    @Test
    void cancelsOnlyAfterConfirmation() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten").user("ja")
                .user("abbrechen")
                .expectState(ConversationState.CONFIRM)
                .expectBot(containsText("Wirklich abbrechen?"))
                .expectBot(offers("Nein, weitermachen"))
                .user("hm")
                .expectBot(containsText("Bitte antworten Sie"))
                .user("Nein, weitermachen")
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("Frage 2 von"))
                .expectProgress(1);
        script.user("cancel").user("Ja")
                .expectState(ConversationState.MENU)
                .expectBot(containsText("abgebrochen"))
                .expectProgress(0);
        assertThat(repository.findById(script.key().storeId()).orElseThrow().audit()).isEmpty();
        assertThat(service.result(script.key())).isEmpty();
    }

    @Test
    void switchesLanguageAndAsksTheSameQuestionInTheOtherOne() {
        ConversationScript.open(service, "de").user("Audit starten").user("ja")
                .user("English")
                .expectBot(containsText("I will speak English"))
                .expectBot(containsText("Question 2 of"))
                .expectBot(offers("Partly"))
                .user("yes").expectBot(containsText("Noted: fulfilled"))
                .user("Deutsch")
                .expectBot(containsText("Frage 3 von"))
                .expectProgress(2);
    }

    @Test
    void helpListsTheCommandsAndKeepsThePendingQuestion() {
        ConversationScript.open(service, "de")
                .user("Hilfe").expectBot(containsText("Audit starten")).expectState(ConversationState.MENU)
                .user("Audit starten").user("hilfe")
                .expectBot(containsText("überspringen"))
                .expectBot(containsText("Prinzip 3 ändern"))
                .expectBot(containsText("Frage 1 von"))
                .expectState(ConversationState.AUDIT);
        ConversationScript.open(service, "en").user("start").user("help")
                .expectBot(containsText("change principle 3"));
    }

    @Test
    void aCompleteAuditEndsWithScoresAndNextSteps() {
        int total = catalog.questions().size();
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten")
                .user("nein", total)
                .expectState(ConversationState.RESULT)
                .expectBot(containsText("Geschafft"))
                .expectBot(containsText("Gesamt: 0 %"))
                .expectBot(containsText("(rot)"))
                .expectBot(containsText("Die wichtigsten nächsten Schritte"))
                .expectBot(containsText("https://"));
        assertThat(script.last().replies()).filteredOn(r -> r.result() != null).singleElement()
                .satisfies(r -> assertThat(r.result().overall().score()).isEqualTo(0.0))
                .satisfies(r -> assertThat(r.result().finished()).isTrue());
        script.user("irgendwas").expectBot(containsText("abgeschlossen")).expectBot(offers("Neues Audit starten"));
        script.user("Prinzip 19 ändern").expectState(ConversationState.AUDIT).expectPrinciple(19);
        int questionsOf19 = catalog.principle(19).orElseThrow().questions().size();
        script.user("ja", questionsOf19).expectState(ConversationState.RESULT)
                .expectBot(containsText("Prinzip 19 – Nutzerzentrierte Weiterentwicklung: 100 % (grün)"));
        script.user("Neues Audit starten").expectState(ConversationState.AUDIT).expectProgress(0);
    }

    @Test
    void aGreetingInTheMiddleOfAnAuditBringsBackTheQuestion() {
        ConversationScript.open(service, "de").user("Audit starten").user("ja")
                .user("hallo")
                .expectBot(containsText("Wir waren hier stehen geblieben"))
                .expectBot(containsText("Frage 2 von"));
    }

    @Test
    void aMessageDeliveredAgainIsAnsweredAsTheFirstTimeWithoutASecondWrite() {
        ConversationKey room = new ConversationKey("script", "room-" + System.nanoTime());
        service.handle(new InboundMessage(room, "dora", "hallo", "$hello"));
        service.handle(new InboundMessage(room, "dora", "Audit starten", "$start"));
        Turn first = service.handle(new InboundMessage(room, "dora", "ja", "$yes"));
        Conversation before = service.find(room).orElseThrow();

        Turn again = service.handle(new InboundMessage(room, "dora", "ja", "$yes"));

        assertThat(again.replies()).extracting(Reply::text).isEqualTo(first.replies().stream().map(Reply::text).toList());
        assertThat(again.replies()).extracting(Reply::quickReplies)
                .isEqualTo(first.replies().stream().map(Reply::quickReplies).toList());
        Conversation after = service.find(room).orElseThrow();
        assertThat(after.version()).as("nothing written again").isEqualTo(before.version());
        assertThat(after.audit().orElseThrow().answers()).hasSize(1);
        assertThat(service.transcript(room).stream().filter(e -> e.from().equals("user"))).hasSize(3);
        Turn next = service.handle(new InboundMessage(room, "dora", "nein", "$no"));
        assertThat(next.progress().answered()).as("a new message is a new turn").isEqualTo(2);
    }

    @Test
    void channelsWithoutAnExplicitStartAreGreetedOnTheirFirstMessage() {
        ConversationKey room = new ConversationKey("script", "room-" + System.nanoTime());
        Turn first = service.handle(new InboundMessage(room, "dora", "hallo", "$event1"));
        assertThat(first.state()).isEqualTo(ConversationState.MENU);
        assertThat(first.replies().get(0).text()).contains("auditbot");
        assertThat(service.transcript(room)).hasSize(2);
    }
}
