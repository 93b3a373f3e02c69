package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TrainingData;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The scan splits exactly as the regular expressions it replaced did. */
class ClauseSplitterTests {

    private static final Pattern FEATURES_PATTERN = Pattern.compile("[.,;:!?()\\n]+|\\s[-–—]\\s");
    private static final ClauseSplitter FEATURES = new ClauseSplitter(".,;:!?()\n", List.of());
    private static final Pattern READING_PATTERN = Pattern.compile(
            "[,.;:!?()]+|\\s[-–—]\\s|\\s(?:weil|da|denn|und|aber|because|since|and|but)\\s", Pattern.CASE_INSENSITIVE);
    private static final ClauseSplitter READING = new ClauseSplitter(",.;:!?()",
            List.of("weil", "da", "denn", "und", "aber", "because", "since", "and", "but"));

    @Test
    void splitsAsThePatternOnTrickyTexts() {
        for (String text : List.of("", " ", "...", "?abc", "abc?", "a, b", "a,,; b!", "a - b", "a -b", "a -- b",
                "a – b — c", " - ", "x -\ty", "wir brechen ab, weil die Zeit fehlt", "ja UND nein", "ja Und und nein",
                " und und x", "da da da", "dass da ist", "a\nb", "a \n- \nb", "weil", " weil ", "x weil", "but BUT but x",
                "denn denn", "ok (siehe oben) danke", "K\u212Aweil x", "ja \u212Aund x", "x\u00A0und\u00A0y",
                "stop and go", "abort, because - no")) {
            assertSame(text);
        }
    }

    @Test
    void splitsAsThePatternOnEveryTrainingLine() {
        List<String> texts = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            TrainingData.samples(kind, TrainingData.TRAINING).stream().map(Sample::text).forEach(texts::add);
        }
        assertThat(texts).hasSizeGreaterThan(5_000);
        texts.forEach(ClauseSplitterTests::assertSame);
    }

    private static void assertSame(String text) {
        assertThat(FEATURES.split(text)).as("features: '%s'", text).containsExactly(FEATURES_PATTERN.split(text));
        assertThat(READING.split(text)).as("reading: '%s'", text).containsExactly(READING_PATTERN.split(text));
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        assertThat(FEATURES.split(lower)).as("features: '%s'", lower).containsExactly(FEATURES_PATTERN.split(lower));
    }
}
