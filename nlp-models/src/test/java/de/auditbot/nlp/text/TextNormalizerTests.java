package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTests {

    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsUmlautsSoThatSpellingsWithoutThemMatch() {
        assertThat(normalizer.normalize("Weiß nicht")).isEqualTo(normalizer.normalize("weiss NICHT"));
        assertThat(normalizer.normalize("Trifft nicht zu, für uns!")).isEqualTo("trifft nicht zu fuer uns");
    }

    @Test
    void keepsEmojiAsTokensAndDropsPunctuation() {
        assertThat(normalizer.tokens("✅ ja!!")).containsExactly("✅", "ja");
        assertThat(normalizer.tokens("👍🏽")).contains("👍");
        assertThat(normalizer.tokens("...?!")).isEmpty();
    }

    @Test
    void removesAccentsAndCollapsesWhitespace() {
        assertThat(normalizer.normalize("  Café   crème\t\n")).isEqualTo("cafe creme");
    }

    @Test
    void handlesNullAndEmpty() {
        assertThat(normalizer.normalize(null)).isEmpty();
        assertThat(normalizer.normalize("")).isEmpty();
    }
}
