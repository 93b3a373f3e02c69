package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordFeaturesTests {

    @Test
    void aTokensFeaturesAreItsStemAndNgrams() {
        WordFeatures word = WordFeatures.of("tests");
        assertThat(word.word).isEqualTo("w=" + Stems.of("tests"));
        assertThat(word.negated).isEqualTo("n=" + Stems.of("tests"));
        assertThat(word.ngrams).containsExactly("c=_te", "c=tes", "c=est", "c=sts", "c=ts_",
                "c=_tes", "c=test", "c=ests", "c=sts_");
        assertThat(WordFeatures.of("tests")).as("remembered").isSameAs(word);
        assertThat(WordFeatures.of("ok").ngrams).isEmpty();
        assertThat(WordFeatures.of("emoji_yes").word).isEqualTo("w=emoji_yes");
        assertThat(WordFeatures.of("42").word).isEqualTo("w=42");
    }

    @Test
    void theMemoryStopsGrowing() {
        String tooLong = "x".repeat(WordFeatures.LONGEST + 1);
        int before = WordFeatures.remembered();
        assertThat(WordFeatures.of(tooLong).word).isEqualTo("w=" + Stems.of(tooLong));
        assertThat(WordFeatures.remembered()).as("a word longer than %d characters", WordFeatures.LONGEST).isEqualTo(before);
        for (int i = 0; WordFeatures.remembered() < WordFeatures.REMEMBERED_STRINGS; i++) {
            WordFeatures.of("wort" + i);
        }
        int full = WordFeatures.remembered();
        WordFeatures.of("unbekanntewoerter");
        assertThat(WordFeatures.remembered()).isEqualTo(full).isLessThan(WordFeatures.REMEMBERED_STRINGS + 2 * WordFeatures.LONGEST + 2);
        assertThat(WordFeatures.of("unbekanntewoerter").word).isEqualTo("w=" + Stems.of("unbekanntewoerter"));
    }
}
