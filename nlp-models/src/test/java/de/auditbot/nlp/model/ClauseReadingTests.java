package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ClauseReadingTests {

    /** A stand-in model: a fixed reading per text, ANSWER for anything it does not know. */
    private static Function<String, Classification> model(Map<String, Classification> readings) {
        return text -> readings.getOrDefault(text, reading("ANSWER", 0.6));
    }

    private static Classification reading(String label, double confidence) {
        String other = label.equals("ANSWER") ? "PAUSE" : "ANSWER";
        return new Classification(List.of(new ScoredLabel(label, confidence), new ScoredLabel(other, 1 - confidence)));
    }

    @Test
    void aCommandClauseWithAReasonDecides() {
        String text = "könnten wir hier abbrechen, die Leitung ruft an";
        Classification read = ClauseReading.classify(text, ModelKind.INTENT, model(Map.of(
                text, reading("ANSWER", 0.7), "könnten wir hier abbrechen", reading("CANCEL", 0.9))));
        assertThat(read.label()).isEqualTo("CANCEL");
        assertThat(read.confidence()).isEqualTo(0.9);
    }

    @Test
    void aCommandClauseLessSureThanTheWholeMessageDoesNot() {
        String text = "wir haben den Prozess pausiert, weil das Geld fehlte";
        Classification read = ClauseReading.classify(text, ModelKind.INTENT, model(Map.of(
                text, reading("ANSWER", 0.95), "wir haben den Prozess pausiert", reading("PAUSE", 0.8))));
        assertThat(read.label()).isEqualTo("ANSWER");
    }

    @Test
    void clausesOfOneWordAndSingleClausesAreNotReadApart() {
        Map<String, Classification> readings = Map.of("weiter", reading("RESUME", 0.99), "bitte", reading("HELP", 0.99),
                "ja weiter so", reading("ANSWER", 0.5));
        assertThat(ClauseReading.classify("ja, weiter, bitte", ModelKind.INTENT, model(readings)).label()).isEqualTo("ANSWER");
        assertThat(ClauseReading.classify("ja weiter so", ModelKind.INTENT, model(readings)).label()).isEqualTo("ANSWER");
    }

    @Test
    void aClauseReadAsAnAnswerOrQuestionNeverDecides() {
        String text = "skip this one, we lack the numbers";
        Classification read = ClauseReading.classify(text, ModelKind.INTENT, model(Map.of(
                text, reading("SKIP", 0.55), "we lack the numbers", reading("ANSWER", 0.99),
                "skip this one", reading("ASK_CRITERION", 0.98))));
        assertThat(read.label()).isEqualTo("SKIP");
    }
}
