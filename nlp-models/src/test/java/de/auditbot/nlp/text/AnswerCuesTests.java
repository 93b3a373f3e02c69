package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerCuesTests {

    private final ChatFeatures answers = new ChatFeatures(new TextNormalizer()).withAnswerCues();

    @Test
    void marksAPlanThatHasNotStarted() {
        assertThat(answers.extract("ist für nächstes Jahr geplant")).contains("acue=plan");
        assertThat(answers.extract("we intend to do that later")).contains("acue=plan");
        assertThat(answers.extract("Ein Betriebskonzept liegt vor")).doesNotContain("acue=plan");
    }

    @Test
    void marksWorkUnderWayAndPartsDone() {
        assertThat(answers.extract("haben wir angefangen")).contains("acue=started");
        assertThat(answers.extract("zum Teil, der Rest fehlt")).contains("acue=part");
        assertThat(answers.extract("mostly done")).contains("acue=part");
    }

    @Test
    void marksAStepLeftOutUnlessItIsNeverLeftOut() {
        assertThat(answers.extract("die Abnahme überspringen wir immer")).contains("acue=skip");
        assertThat(answers.extract("Doku fällt bei uns hinten runter")).contains("acue=skip");
        assertThat(answers.extract("Retros lassen wir ausfallen")).contains("acue=skip");
        assertThat(answers.extract("den Test sparen wir uns")).contains("acue=skip");
        assertThat(answers.extract("we always skip the acceptance tests")).contains("acue=skip");
        assertThat(answers.extract("den Test überspringen wir nie")).contains("acue=skip_negated").doesNotContain("acue=skip");
        assertThat(answers.extract("we never skip it")).contains("acue=skip_negated");
        assertThat(answers.extract("wir überspringen die Tests, weil der Termin drückt und es sonst keiner merkt"))
                .contains("acue=skip");
        assertThat(answers.extract("Wir testen jedes Release mit Nutzenden")).noneMatch(f -> f.startsWith("acue=skip"));
    }

    @Test
    void marksAStepLeftOutAsARule() {
        assertThat(answers.extract("we always skip the acceptance tests")).contains("acue=skip", "acue=skip_always");
        assertThat(answers.extract("auf den Lasttest verzichten wir grundsätzlich")).contains("acue=skip_always");
        assertThat(answers.extract("den Test sparen wir uns")).doesNotContain("acue=skip_always");
        assertThat(answers.extract("den Test überspringen wir nie, jedes Mal dabei")).doesNotContain("acue=skip_always");
        assertThat(answers.extract("Wir testen jedes Release mit Nutzenden")).doesNotContain("acue=skip_always");
    }

    @Test
    void workNotStartedAndNoGapsAreNoPartCues() {
        assertThat(answers.extract("angefangen haben wir noch nicht")).contains("acue=started_negated")
                .doesNotContain("acue=started");
        assertThat(answers.extract("the work hasn't started")).contains("acue=started_negated");
        assertThat(answers.extract("wir haben angefangen, aber die Hälfte fehlt noch")).contains("acue=started");
        assertThat(answers.extract("es gibt bei uns keine Lücken")).contains("acue=part_negated").doesNotContain("acue=part");
        assertThat(answers.extract("there are no gaps")).contains("acue=part_negated");
        assertThat(answers.extract("nicht mal die Hälfte, aber einige")).contains("acue=part");
    }

    @Test
    void marksAShareButNotTheWhole() {
        assertThat(answers.extract("zwei von fünf Formularen")).contains("acue=share");
        assertThat(answers.extract("3 of 7 services")).contains("acue=share");
        assertThat(answers.extract("zu 60 % erledigt")).contains("acue=share");
        assertThat(answers.extract("100 % erledigt")).doesNotContain("acue=share");
    }

    @Test
    void marksHedgedFrequencyAndHavingToAskSomeone() {
        assertThat(answers.extract("nur wenn's brennt")).contains("acue=hedge");
        assertThat(answers.extract("muss ich mit dem Datenschutz klären")).contains("acue=ask");
        assertThat(answers.extract("I'd have to ask the vendor")).contains("acue=ask");
    }

    @Test
    void inAndAbCountOnlyWithTheWordAfterThem() {
        assertThat(answers.extract("ist in Arbeit")).contains("acue=started");
        assertThat(answers.extract("noch in der Umsetzung")).contains("acue=started");
        assertThat(answers.extract("liegt in der Verwaltung")).doesNotContain("acue=started");
        assertThat(answers.extract("ab und zu")).contains("acue=hedge");
        assertThat(answers.extract("gilt ab 2025 für alle")).doesNotContain("acue=hedge");
    }

    @Test
    void onlyTheAnswerVariantHasTheCues() {
        assertThat(new ChatFeatures(new TextNormalizer()).extract("ist für nächstes Jahr geplant"))
                .noneMatch(feature -> feature.startsWith("acue="));
        assertThat(new ChatFeatures(new TextNormalizer()).withIntentCues().extract("zwei von fünf"))
                .noneMatch(feature -> feature.startsWith("acue="));
    }
}
