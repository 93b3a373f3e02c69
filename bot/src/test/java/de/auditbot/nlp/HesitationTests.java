package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HesitationTests {

    @ParameterizedTest
    @ValueSource(strings = {"hm", "Hmm...", "hmmm?", "ähm", "äh, hm", "öhm", "uh", "uhm", "erm", "um"})
    void soundsOfHesitationAreNoAnswerYet(String text) {
        assertThat(Hesitation.only(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mhm", "hm, eher nicht", "ja", "umm, we have no personas", "ohne", "um drei", ""})
    void anythingMoreIsReadAsUsual(String text) {
        assertThat(Hesitation.only(text)).isFalse();
    }
}
