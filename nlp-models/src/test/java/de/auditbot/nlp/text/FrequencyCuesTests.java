package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FrequencyCuesTests {

    private final FrequencyCues cues = new FrequencyCues(new TextNormalizer());

    @Test
    void recognisesQuestionsAboutRegularPractice() {
        assertThat(cues.asksForRegularPractice("Testet Ihr Team den Dienst auch nach dem Go-live regelmäßig mit echten Nutzenden?")).isTrue();
        assertThat(cues.asksForRegularPractice("Prüft Ihr Team in festen Abständen, ob Bibliotheken aktuell sind?")).isTrue();
        assertThat(cues.asksForRegularPractice("Do experts regularly take part in reviews?")).isTrue();
        assertThat(cues.asksForRegularPractice("Wurde der Dienst auf Barrierefreiheit geprüft?")).isFalse();
        assertThat(cues.asksForRegularPractice(null)).isFalse();
    }

    @Test
    void recognisesHedgedFrequencies() {
        assertThat(cues.hedgesFrequency("ab und zu, wenn Zeit ist")).isTrue();
        assertThat(cues.hedgesFrequency("now and then")).isTrue();
        assertThat(cues.hedgesFrequency("wir machen das unregelmäßig")).isTrue();
        assertThat(cues.hedgesFrequency("ja, jeden Sprint")).isFalse();
        assertThat(cues.hedgesFrequency("die Zeitung berichtet selten genug")).isTrue();
    }
}
