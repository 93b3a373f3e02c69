package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.WebChatClient.Response;
import de.auditbot.nlp.model.ModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/classify} as a contract: every model answers with its best label, a
 * confidence and the alternatives best first; bad input is a 400 problem detail, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ClassifyApiIntegrationTests {

    static final String PATH = "/api/v1/classify";

    @Value("${local.server.port}")
    int port;

    WebChatClient api;

    @BeforeEach
    void setUp() {
        api = new WebChatClient(port);
    }

    @Test
    void classifiesAnAnswerWithItsCheckQuestion() {
        JsonNode result = classify(Map.of("text", "ja, aber nur für das Antragsformular", "model", "answer",
                "question", "Ist der Antrag barrierefrei?"));

        assertThat(result.path("label").stringValue()).isEqualTo("PARTIAL");
        assertRanked(result, 5);
    }

    @Test
    void theCheckQuestionIsContextForTheAnswer() {
        String answer = "ja, machen wir ab und zu"; // a bare "ja, ab und zu" reads as partly fulfilled on its own
        JsonNode alone = classify(Map.of("text", answer, "model", "answer"));
        JsonNode asked = classify(Map.of("text", answer, "model", "answer",
                "question", "Prüft Ihr Team in festen Abständen, ob Bibliotheken noch aktuell und sicher sind?"));

        assertThat(alone.path("label").stringValue()).isNotEqualTo("PARTIAL");
        assertThat(asked.path("label").stringValue()).isEqualTo("PARTIAL");
        assertRanked(asked, 5);
    }

    @Test
    void chatterComesBackAsOneOfTheFiveLevelsAndUnsure() {
        JsonNode result = classify(Map.of("text", "wer hat den Schlüssel vom Fahrradkeller?", "model", "answer"));

        assertRanked(result, 5);
        List<String> labels = new ArrayList<>();
        result.path("alternatives").forEach(a -> labels.add(a.path("label").stringValue()));
        assertThat(labels).containsExactlyInAnyOrder("FULFILLED", "PARTIAL", "NOT_FULFILLED", "UNKNOWN", "NOT_APPLICABLE");
        assertThat(result.path("confidence").doubleValue()).as("the level's own probability").isLessThan(0.3);
    }

    @Test
    void classifiesAnIntent() {
        JsonNode result = classify(Map.of("text", "Was bedeutet Once-Only?", "model", "intent"));

        assertThat(result.path("label").stringValue()).isEqualTo("ASK_CRITERION");
        assertRanked(result, ModelKind.INTENT.labels().size());
    }

    @Test
    void findsThePrincipleOfAQuestionByItsNumberAsText() {
        JsonNode result = classify(Map.of("text", "Was sagt der Standard zur Barrierefreiheit?", "model", "criterion"));

        assertThat(result.path("label").stringValue()).isEqualTo("3");
        assertRanked(result, 19);
        List<String> labels = new ArrayList<>();
        result.path("alternatives").forEach(a -> labels.add(a.path("label").stringValue()));
        assertThat(labels).allMatch(l -> l.matches("\\d{1,2}"));
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("unknown model", WebChatClient.json(Map.of("text", "ja", "model", "sentiment"))),
                Arguments.of("missing model", WebChatClient.json(Map.of("text", "ja"))),
                Arguments.of("model not a string", "{\"text\":\"ja\",\"model\":1}"),
                Arguments.of("empty text", WebChatClient.json(Map.of("text", "", "model", "answer"))),
                Arguments.of("blank text", WebChatClient.json(Map.of("text", "  ", "model", "answer"))),
                Arguments.of("missing text", WebChatClient.json(Map.of("model", "answer"))),
                Arguments.of("4,001 characters", WebChatClient.json(Map.of("text", "a".repeat(4_001), "model", "answer"))),
                Arguments.of("question not a string", "{\"text\":\"ja\",\"model\":\"answer\",\"question\":[1]}"),
                Arguments.of("body is an array", "[\"ja\"]"),
                Arguments.of("malformed JSON", "{\"text\":"),
                Arguments.of("no body", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void badInputIsRejectedWith400(String label, String body) {
        ConversationApiIntegrationTests.assertProblem(api.post(PATH, "application/json", body), 400);
    }

    @Test
    void aTextOfExactly4000CharactersIsClassified() {
        Response response = api.postJson(PATH, WebChatClient.json(Map.of("text", "nein ".repeat(800), "model", "answer")));

        assertThat(response.status()).isEqualTo(200);
    }

    private JsonNode classify(Map<String, String> body) {
        Response response = api.postJson(PATH, WebChatClient.json(body));
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        return response.json();
    }

    private static void assertRanked(JsonNode result, int labels) {
        JsonNode alternatives = result.path("alternatives");
        assertThat(alternatives.size()).isEqualTo(labels).isGreaterThanOrEqualTo(3);
        assertThat(alternatives.get(0).path("label")).isEqualTo(result.path("label"));
        assertThat(result.path("confidence").doubleValue()).isBetween(0.0, 1.0)
                .isEqualTo(alternatives.get(0).path("confidence").doubleValue());
        for (int i = 1; i < alternatives.size(); i++) {
            assertThat(alternatives.get(i).path("confidence").doubleValue())
                    .isBetween(0.0, 1.0)
                    .isLessThanOrEqualTo(alternatives.get(i - 1).path("confidence").doubleValue());
        }
    }
}
