package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GibberishTests {

    @Test
    void runsLongerThanAnyWordAreNoWords() {
        assertThat(Gibberish.only("x".repeat(4_000))).isTrue();
        assertThat(Gibberish.only("a".repeat(41) + " " + "b".repeat(60) + "!")).isTrue();
    }

    @Test
    void oneWordOfWordLengthIsEnough() {
        assertThat(Gibberish.only("ja " + "x".repeat(4_000))).isFalse();
        assertThat(Gibberish.only("Datenschutzfolgenabschätzung liegt vor")).isFalse();
        assertThat(Gibberish.only("a".repeat(40))).isFalse();
        assertThat(Gibberish.only("...")).isFalse();
        assertThat(Gibberish.only("")).isFalse();
    }
}
