package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhraseMatcherTests {

    private final PhraseMatcher<String> matcher = new PhraseMatcher<>(new TextNormalizer());

    @Test
    void matchesWholeNormalizedPhrasesOnly() {
        matcher.add("weiß nicht", "UNKNOWN");
        matcher.add("nein", "NO");

        assertThat(matcher.match("Weiss nicht.")).hasValueSatisfying(m -> assertThat(m.label()).isEqualTo("UNKNOWN"));
        assertThat(matcher.match("nein, aber bald")).isEmpty();
    }

    @Test
    void capturesTheNumberOfANumberedPhrase() {
        matcher.add("Prinzip {n} ändern", "CHANGE");

        assertThat(matcher.match("prinzip 13 aendern")).hasValueSatisfying(m -> {
            assertThat(m.label()).isEqualTo("CHANGE");
            assertThat(m.number()).isEqualTo(13);
        });
        assertThat(matcher.match("prinzip drei ändern")).isEmpty();
    }

    @Test
    void reportsAPhraseClaimedByTwoLabels() {
        assertThat(matcher.add("ja", "YES")).isTrue();
        assertThat(matcher.add("Ja!", "YES")).isTrue();
        assertThat(matcher.add("ja", "NO")).isFalse();
        assertThat(matcher.add("?!", "NO")).isFalse();
    }
}
