package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.junit.jupiter.api.Test;

class StemsTests {

    private final SnowballStemmer snowball = new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN);

    @Test
    void aRememberedStemIsTheSnowballStem() {
        for (String word : new String[] {"nutzerinnen", "barrierefreiheit", "getestet", "antragsformulare", "nutzer"}) {
            assertThat(Stems.of(word)).as(word).isEqualTo(snowball.stem(word).toString());
            assertThat(Stems.of(word)).as("%s a second time", word).isEqualTo(snowball.stem(word).toString());
        }
    }

    @Test
    void theMemoryStopsGrowing() {
        String tooLong = "x".repeat(Stems.LONGEST + 1);
        int before = Stems.remembered();
        assertThat(Stems.of(tooLong)).isEqualTo(snowball.stem(tooLong).toString());
        assertThat(Stems.remembered()).as("a word longer than %d characters", Stems.LONGEST).isEqualTo(before);
        for (int i = 0; i < Stems.REMEMBERED + 1_000; i++) {
            Stems.of("wort" + i);
        }
        assertThat(Stems.remembered()).isEqualTo(Stems.REMEMBERED);
        assertThat(Stems.of("unbekanntewoerter")).isEqualTo(snowball.stem("unbekanntewoerter").toString());
    }
}
