package de.auditbot.channel.web;

import static de.auditbot.channel.web.ConversationApiIntegrationTests.assertProblem;
import static de.auditbot.channel.web.WebChatClient.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.fuzz.RawHttp;
import de.auditbot.fuzz.StoreCounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests the fuzzing found to go wrong, kept as regressions: each one gets a 4xx problem detail
 * and stores nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HostileRequestsIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    @Test
    void aMessageFromAClientThatAcceptsNoJsonIsTurnedAwayBeforeItIsStored() throws Exception {
        WebChatClient api = new WebChatClient(port);
        String id = api.open("de").path("id").stringValue();
        api.say(id, "Audit starten");
        Map<String, Object> before = new StoreCounts(mongo).snapshot("web:" + id);

        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(BASE + "/" + id + "/messages")))
                .header("Content-Type", "application/json").header("Accept", "text/markdown")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"ja\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertProblem(new WebChatClient.Response(response.statusCode(), response.headers().map(), response.body()), 406);
        assertThat(new StoreCounts(mongo).snapshot("web:" + id)).isEqualTo(before);
    }

    @Test
    void aWildcardContentTypeIsUnsupportedMediaType() throws Exception {
        for (String path : new String[] {"/api/v1/classify", BASE}) {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "*/*").POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"ja\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertProblem(new WebChatClient.Response(response.statusCode(), response.headers().map(), response.body()), 415);
        }
    }

    @Test
    void anUnparseableAcceptHeaderStillGetsTheProblemDetail() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url(BASE + "/unknown/report?format=html")))
                .header("Accept", "nonsense").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertProblem(new WebChatClient.Response(response.statusCode(), response.headers().map(), response.body()), 404);
    }

    @Test
    void requestsThatTomcatOrTheErrorPageAnswerAreProblemDetailsWithTheSecurityHeaders() throws Exception {
        String id = new WebChatClient(port).open("de").path("id").stringValue();
        assertRaw("GET " + BASE + "/" + id + "/report?format=%zz HTTP/1.1", 400);
        assertRaw("GET " + BASE + "/<script> HTTP/1.1", 400);
        assertRaw("GET " + BASE + "/%00 HTTP/1.1", 400);
        assertRaw("TRACE " + BASE + "/" + id + " HTTP/1.1", 405);
        assertRaw("GET " + BASE + "/" + id + " HTTP/1.1\r\nX-Control: a\u0001b", 400);
    }

    private void assertRaw(String requestLine, int status) throws Exception {
        byte[] request = (requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = RawHttp.send(port, request);
        assertThat(answer.status()).as("%s: %s", requestLine, answer).isEqualTo(status);
        String head = answer.head().toLowerCase();
        assertThat(head).as(requestLine).contains("content-type: application/problem+json",
                "content-security-policy: default-src 'none'", "x-content-type-options: nosniff");
        JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
        assertThat(problem.path("status").intValue()).isEqualTo(status);
        assertThat(problem.path("title").asString("")).isNotBlank();
        assertThat(problem.path("detail").asString("")).isNotBlank().doesNotContain("<script>", "Exception");
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
