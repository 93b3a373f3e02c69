package de.auditbot.nlp.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.text.MessageMood.Mood;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageMoodTests {

    private final MessageMood moods = new MessageMood(new TextNormalizer());

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            könnten wir hier abbrechen, die Leitung ruft an           | REQUEST
            koennen wir die Frage auslassen                           | REQUEST
            lass uns pausieren, wir haben gleich Mittag               | REQUEST
            bitte überspringen, das wissen wir nicht                  | REQUEST
            wir möchten hier unterbrechen                             | REQUEST
            let's pause, the projector died                           | REQUEST
            could we cancel here, my manager is calling               | REQUEST
            please skip this one                                      | REQUEST
            wir haben das Projekt im Sommer pausiert                  | STATEMENT
            den Piloten haben wir abgebrochen                         | STATEMENT
            die Tests überspringen wir meistens                       | STATEMENT
            Lasttests überspringen wir in der Regel                   | STATEMENT
            Die Ergebnisse haben wir umgesetzt, es gibt ein Formular  | STATEMENT
            we paused the project over the summer                     | STATEMENT
            we usually skip manual testing                            | STATEMENT
            we cancelled the contract with the old vendor             | STATEMENT
            bin gleich wieder da                                      | STATEMENT
            sorry, kurz weg, bin gleich zurück                        | STATEMENT
            I'll be right back                                        | STATEMENT
            we're back from the canteen                               | STATEMENT
            meine Kollegin macht gerade Pause                         | STATEMENT
            Anträge brechen wir ab, falls Nachweise fehlen            | STATEMENT
            zurück zur alten Lösung wollen wir nicht                  | LEANS_STATEMENT
            unsere Ergebnisse gehen an die Leitung                    | LEANS_STATEMENT
            going back to paper is not an option                      | LEANS_STATEMENT
            sind wir besser geworden seit dem letzten Audit           | LEANS_STATEMENT
            wieviel haben wir schon geschafft                         | LEANS_STATEMENT
            abort this audit, we started it by mistake                | LEANS_STATEMENT
            zeig unsere Ergebnisse                                    | LEANS_STATEMENT
            Audit abbrechen                                           | NEITHER
            nächste Frage                                             | NEITHER
            stop the audit                                            | NEITHER
            """)
    void tellsRequestsFromStatements(String text, Mood expected) {
        assertThat(moods.of(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''
            '   '
            ?!
            """)
    void emptyOrPunctuationIsNeither(String text) {
        assertThat(moods.of(text)).isEqualTo(Mood.NEITHER);
        assertThat(moods.of(null)).isEqualTo(Mood.NEITHER);
    }

    @ParameterizedTest(name = "{0}: asks {1}")
    @CsvSource(delimiter = '|', textBlock = """
            was bedeutet Once-Only                      | true
            the train was late again                    | false
            der Zug hatte Verspätung?                   | true
            how do we get our data deleted              | true
            wir haben das im Sommer pausiert            | false
            """)
    void aQuestionMarkOrAQuestionWordFirstIsAQuestionAndTheMoodIsTheSame(String text, boolean asks) {
        assertThat(moods.wording(text).asks()).isEqualTo(asks);
        assertThat(moods.wording(text).mood()).isEqualTo(moods.of(text));
    }
}
