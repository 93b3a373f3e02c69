package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.FrequencyCues;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AnswerInContextTests {

    private static final String REGULAR = "Prüft Ihr Team in festen Abständen, ob die Bibliotheken noch aktuell sind?";
    private static final String ONCE = "Wurde der Dienst nach BITV auf Barrierefreiheit geprüft?";

    private static AnswerInContext answers;

    @BeforeAll
    static void load() {
        TextNormalizer normalizer = new TextNormalizer();
        ChatFeatures features = new ChatFeatures(normalizer);
        answers = new AnswerInContext(TextClassifier.load(ModelKind.ANSWER, features), new FrequencyCues(normalizer));
    }

    @Test
    void nowAndThenIsPartialWhereRegularPracticeIsAsked() {
        TextClassifier model = TextClassifier.load(ModelKind.ANSWER, new ChatFeatures(new TextNormalizer()));
        // The model alone already hears some hedges (its answer cues); the context must turn the others.
        String answer = Stream.of("machen wir gelegentlich", "machen wir, wenn Zeit ist",
                        "ja, ab und zu", "yes, from time to time", "hin und wieder, ja")
                .filter(text -> !model.classify(text).label().equals("PARTIAL")).findFirst().orElseThrow();
        Classification alone = model.classify(answer);
        Classification result = answers.classify(answer, REGULAR);
        assertThat(alone.label()).isIn("FULFILLED", "NOT_FULFILLED");
        assertThat(result.label()).isEqualTo("PARTIAL");
        assertThat(result.ranking().stream().mapToDouble(ScoredLabel::confidence).sum()).isCloseTo(1.0,
                offset(1e-6));
    }

    @Test
    void withoutSuchAQuestionTheModelDecidesAlone() {
        String answer = "machen wir gelegentlich";
        TextClassifier model = TextClassifier.load(ModelKind.ANSWER, new ChatFeatures(new TextNormalizer()));
        assertThat(answers.classify(answer, ONCE)).isEqualTo(model.classify(answer));
        assertThat(answers.classify(answer, null)).isEqualTo(model.classify(answer));
    }

    @Test
    void doesNotOverruleDontKnow() {
        assertThat(answers.classify("keine Ahnung, manchmal vielleicht, muss ich die IT fragen", REGULAR).label())
                .isEqualTo("UNKNOWN");
    }
}
