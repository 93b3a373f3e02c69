package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.CommandOrAnswer.Reading;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandOrAnswerTests {

    private final CommandOrAnswer decide = new CommandOrAnswer();

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            könnten wir hier abbrechen, die Leitung ruft an | 0.45 | COMMAND
            let's pause, we have another meeting            | 0.60 | COMMAND
            bitte überspringen                              | 0.30 | ANSWER
            Audit abbrechen jetzt                           | 0.75 | COMMAND
            Audit abbrechen jetzt                           | 0.55 | EITHER
            Audit abbrechen jetzt                           | 0.30 | ANSWER
            die Tests überspringen wir meistens             | 0.95 | EITHER
            die Tests überspringen wir meistens             | 0.65 | ANSWER
            we paused the project over the summer           | 0.69 | ANSWER
            zeig unsere Ergebnisse                          | 0.75 | COMMAND
            unsere Ergebnisse gehen an die Leitung          | 0.55 | ANSWER
            """)
    void aRequestLowersTheBarAStatementRaisesItAHintOfOneKeepsItAnAnswerBelowTheBar(String text, double confidence, Reading expected) {
        assertThat(decide.read(text, confidence)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} at {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            could we stop here please, the fire alarm is going off | 0.23 | true
            could we stop here please, the fire alarm is going off | 0.15 | true
            could we stop here please, the fire alarm is going off | 0.05 | false
            bitte überspringen, die Zahlen fehlen                    | 0.25 | true
            we stopped here because of the fire alarm                | 0.40 | false
            the fire alarm went off                                  | 0.30 | false
            """)
    void aRequestIsTheCommandTheModelRanksAfterAnAnswerWhenThatIsFairlyLikely(String text, double confidence, boolean expected) {
        assertThat(decide.requestsRunnerUp(text, confidence)).isEqualTo(expected);
    }
}
