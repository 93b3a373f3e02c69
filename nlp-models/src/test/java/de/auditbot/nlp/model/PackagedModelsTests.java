package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The models the build packaged: they load fast and understand the tricky cases the features
 * were designed for (negation, contrast, "ja, aber", English, emoji, negative in substance).
 */
class PackagedModelsTests {

    private static TextClassifier answers;
    private static TextClassifier intents;
    private static TextClassifier criteria;
    private static long loadMillis;

    @BeforeAll
    static void load() {
        ChatFeatures features = new ChatFeatures(new TextNormalizer());
        long start = System.nanoTime();
        answers = TextClassifier.load(ModelKind.ANSWER, features);
        intents = TextClassifier.load(ModelKind.INTENT, features);
        criteria = TextClassifier.load(ModelKind.CRITERION, features);
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void allThreeModelsLoad() {
        // A figure, not a check: on a loaded shared machine loading takes longer (README: 150–350 ms idle).
        System.out.println("Loaded the three models in " + loadMillis + " ms");
        assertThat(answers.labels()).containsExactlyInAnyOrderElementsOf(ModelKind.ANSWER.labels());
        assertThat(intents.labels()).containsExactlyInAnyOrderElementsOf(ModelKind.INTENT.labels());
        assertThat(criteria.labels()).containsExactlyInAnyOrderElementsOf(ModelKind.CRITERION.labels());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ja, machen wir jeden Sprint                          | FULFILLED",
        "es gibt bei uns keine Lücken                          | FULFILLED",
        "yes, we test with users every release                 | FULFILLED",
        "👍                                                    | FULFILLED",
        "ja, aber nur für das Antragsformular                  | PARTIAL",
        "die Startseite ja, das Formular noch nicht            | PARTIAL",
        "ab und zu, wenn Zeit ist                              | PARTIAL",
        "yes, but only for the main form                       | PARTIAL",
        "nö, keine Zeit dafür                                  | NOT_FULFILLED",
        "alles läuft über E-Mail-Anhänge                       | NOT_FULFILLED",
        "ist geplant, aber noch nicht angefangen               | NOT_FULFILLED",
        "no, we never did that                                 | NOT_FULFILLED",
        "keine Ahnung, muss ich die Fachabteilung fragen       | UNKNOWN",
        "🤷                                                    | UNKNOWN",
        "I have to ask our IT department                       | UNKNOWN",
        "n/a, die Leistung ist gebührenfrei                    | NOT_APPLICABLE",
        "es gibt kein Formular, nur eine Informationsseite     | NOT_APPLICABLE",
    })
    void understandsTrickyAnswers(String text, String level) {
        assertThat(answers.classify(text).label()).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Was bedeutet Once-Only?                    | ASK_CRITERION",
        "können wir die Frage später machen         | SKIP",
        "wir machen morgen weiter                   | PAUSE",
        "wie viele Fragen kommen noch               | STATUS",
        "ja, haben wir seit Jahren                  | ANSWER",
        "kurzer Sprint-Check-in bitte               | START_CHECKIN",
    })
    void recognisesIntents(String text, String intent) {
        assertThat(intents.classify(text).label()).isEqualTo(intent);
    }

    @ParameterizedTest(name = "{0} -> principle {1}")
    @CsvSource(delimiter = '|', value = {
        "Was sagt der Standard zur Barrierefreiheit?   | 3",
        "Brauchen wir eine DSFA?                        | 5",
        "Müssen wir unseren Code veröffentlichen?       | 13",
        "what is FIT-Connect?                           | 16",
    })
    void findsThePrincipleAQuestionIsAbout(String text, String principle) {
        Classification result = criteria.classify(text);
        assertThat(result.label()).isEqualTo(principle);
        assertThat(result.ranking()).hasSize(19);
        assertThat(result.ranking()).isSortedAccordingTo((a, b) -> Double.compare(b.confidence(), a.confidence()));
    }

    /**
     * The answer model blends in the vote of its nearest training lines (packaged beside it): its
     * probabilities are no longer the maxent model's alone.
     */
    @Test
    void answerModelBlendsInTheVoteOfItsNearestLines() throws IOException {
        DoccatModel model;
        try (InputStream in = PackagedModelsTests.class.getResourceAsStream(ModelKind.ANSWER.modelResource())) {
            model = new DoccatModel(in);
        }
        ChatFeatures features = ModelKind.ANSWER.features(new ChatFeatures(new TextNormalizer()));
        String line = "Usability-Tests lassen wir grundsätzlich weg, dafür ist kein Geld da.";
        double[] alone = TextClassifier.evaluate(model.getMaxentModel(), features.extract(line));
        Classification blended = answers.classify(line);
        double aloneNotFulfilled = alone[model.getMaxentModel().getIndex("NOT_FULFILLED")];
        assertThat(blended.label()).isEqualTo("NOT_FULFILLED");
        assertThat(blended.confidence()).isNotCloseTo(aloneNotFulfilled, org.assertj.core.api.Assertions.within(0.01));
    }

    /**
     * The answer model's words-only reader ({@link WordView}) is packaged beside it, knows every
     * level and no character n-gram, and moves the full model's probabilities.
     */
    @Test
    void answerModelAveragesInItsWordsOnlyReader() throws IOException {
        DoccatModel words;
        try (InputStream in = PackagedModelsTests.class.getResourceAsStream(ModelKind.ANSWER.wordViewResource())) {
            assertThat(in).as("packaged words-only reader").isNotNull();
            words = new DoccatModel(in);
        }
        DirectMaxent bare = DirectMaxent.of(words.getMaxentModel()).orElseThrow();
        ChatFeatures features = ModelKind.ANSWER.features(new ChatFeatures(new TextNormalizer()));
        String[] extracted = features.extract("die Startseite ja, die Formulare noch nicht");
        assertThat(ModelKind.ANSWER.labels()).allMatch(label -> words.getMaxentModel().getIndex(label) >= 0);
        assertThat(bare.eval(extracted)).as("character n-grams are unknown to it")
                .containsExactly(bare.eval(java.util.Arrays.stream(extracted).filter(WordView::keeps).toArray(String[]::new)));
        assertThat(ModelKind.ANSWER.wordViewWeight()).isPositive();
    }

    /**
     * The classifier evaluates the model on the features directly; OpenNLP's categorizer, which the
     * models were trained for, must give the same probabilities for every training line. (The
     * vote of the nearest lines, which the intent and answer models blend in, and the intent model's
     * clause reading come on top, so those two are compared on their features alone.)
     */
    @ParameterizedTest
    @EnumSource(ModelKind.class)
    void evaluatesTheModelAsOpenNlpsCategorizerDoes(ModelKind kind) throws IOException {
        ChatFeatures features = kind.features(new ChatFeatures(new TextNormalizer()));
        DoccatModel model;
        try (InputStream in = PackagedModelsTests.class.getResourceAsStream(kind.modelResource())) {
            model = new DoccatModel(in);
        }
        DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
        DirectMaxent bare = DirectMaxent.of(model.getMaxentModel()).orElseThrow();
        TextClassifier direct = kind == ModelKind.CRITERION ? criteria : null;
        List<Sample> lines = TrainingData.samples(kind, TrainingData.TRAINING);
        for (Sample line : lines.subList(0, Math.min(400, lines.size()))) {
            String[] extracted = features.extract(line.text());
            double[] expected = categorizer.categorize(extracted);
            assertThat(bare.eval(extracted)).as("keyed by the bare features: %s", line.text()).containsExactly(expected);
            if (direct != null) {
                Classification got = direct.classify(line.text());
                for (ScoredLabel scored : got.ranking()) {
                    int index = categorizer.getIndex(scored.label());
                    assertThat(scored.confidence()).as("%s: %s", line.text(), scored.label()).isEqualTo(expected[index]);
                }
            } else {
                assertThat(TextClassifier.evaluate(model.getMaxentModel(), extracted)).as(line.text())
                        .containsExactly(expected);
            }
        }
    }
}
