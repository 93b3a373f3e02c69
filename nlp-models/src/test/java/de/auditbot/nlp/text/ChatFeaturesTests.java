package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatFeaturesTests {

    private final ChatFeatures features = new ChatFeatures(new TextNormalizer());

    @Test
    void marksWordsAfterANegationUntilTheClauseEnds() {
        assertThat(features.extract("wir haben keine Personas, aber Interviews"))
                .contains("n=personas", "neg=1", "w=interviews")
                .doesNotContain("n=interviews");
    }

    @Test
    void topicFeaturesLeaveOutTheWordsOfAsking() {
        assertThat(features.withoutQuestionWords().extract("Was sagt der Standard zur Barrierefreiheit?"))
                .contains("w=barrierefrei")
                .doesNotContain("w=standard", "w=sagt", "c=_was");
        assertThat(features.extract("Was sagt der Standard zur Barrierefreiheit?")).contains("w=standard");
    }

    @Test
    void countsDoubleNegations() {
        assertThat(features.extract("es ist nicht so, dass wir das nie machen")).contains("neg=2+");
    }

    @Test
    void describesAContrastWithThePolarityOnEachSide() {
        assertThat(features.extract("ja, aber nicht für alle Formulare")).contains("contrast=aber", "polarity=pos_neg");
        assertThat(features.extract("Formular ja, Bescheid noch nicht")).contains("clauses=pos_neg");
    }

    @Test
    void foldsUmlautsAndStemsSoThatSpellingsMeetEachOther() {
        assertThat(features.extract("Prüfung")).contains("w=prufung");
        assertThat(features.extract("Pruefungen")).contains("w=prufung");
    }

    @Test
    void mapsAnswerEmojiToOneWordAndKeepsTheFirstToken() {
        assertThat(features.extract("👍")).contains("w=emoji_yes", "first=emoji_yes");
        assertThat(features.extract("✅ erledigt")).contains("first=emoji_yes");
        assertThat(features.extract("🤷")).contains("w=emoji_unknown");
    }

    @Test
    void addsCharacterNGramsAndANonEmptyResultForAnyText() {
        assertThat(features.extract("Barrierefreiheit")).contains("c=_ba", "c=eit_");
        assertThat(features.extract("")).isNotEmpty();
        assertThat(features.extract(null)).isNotEmpty();
    }

    @Test
    void intentCuesGroupTheKeyWordsOfCommands() {
        ChatFeatures intents = features.withIntentCues();
        assertThat(intents.extract("kannst du das als PDF für die Amtsleitung exportieren?"))
                .contains("cue=document", "cue=reader");
        assertThat(intents.extract("Früher waren wir besser, oder?")).contains("cue=past");
        assertThat(intents.extract("Löscht bitte alles")).contains("cue=erase");
        assertThat(intents.extract("weiter")).contains("cue=again");
        assertThat(intents.extract("Weiterentwicklung nach dem Start")).noneMatch(f -> f.startsWith("cue="));
        assertThat(features.extract("kannst du das als PDF exportieren?")).noneMatch(f -> f.startsWith("cue="));
    }

    @Test
    void intentCuesTellTheCommandsOfAnAuditApart() {
        ChatFeatures intents = features.withIntentCues();
        assertThat(intents.extract("die Frage bitte überspringen")).contains("cue=item", "cue=skip", "cue=request");
        assertThat(intents.extract("muss kurz weg, pausieren")).contains("cue=later");
        assertThat(intents.extract("oops, wrong answer, undo")).contains("cue=undo");
        assertThat(intents.extract("Audit abbrechen")).contains("cue=stop").doesNotContain("cue=later");
        assertThat(intents.extract("moin, danke")).contains("cue=greet");
        assertThat(intents.extract("wie lange dauert das noch")).contains("cue=progress");
    }
}
