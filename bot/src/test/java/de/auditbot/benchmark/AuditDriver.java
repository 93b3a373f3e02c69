package de.auditbot.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs whole audits through the web chat API over a real port, the way a team's browser does:
 * open a conversation, start the audit, answer every question until the result. Each request
 * is one turn and is timed; anything but the expected answer is an error.
 */
final class AuditDriver {

    /** Answers in turn, so that every kind of answer is stored and scored. */
    private static final List<String> ANSWERS = List.of("ja", "teilweise", "nein", "weiß nicht", "Ja",
            "trifft nicht zu", "nicht ganz");
    /** Far more turns than an audit needs; reaching it means the audit never finished. */
    private static final int MAX_TURNS = 400;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String root;

    AuditDriver(int port) {
        this.root = "http://127.0.0.1:" + port + "/api/v1/conversations";
    }

    /** Runs one audit to its result; returns the conversation's id. Throws when the bot misbehaves. */
    String audit(PacedLoad.Pace pace, Latencies latencies) throws IOException, InterruptedException {
        JsonNode opened = turn(pace, latencies, root, "{\"locale\":\"de\"}", 201);
        String id = opened.path("id").stringValue();
        String messages = root + "/" + id + "/messages";
        JsonNode reply = turn(pace, latencies, messages, "{\"text\":\"Audit starten\"}", 200);
        expectState(reply, "AUDIT", id);
        for (int i = 0; !"RESULT".equals(reply.path("state").stringValue()); i++) {
            if (i >= MAX_TURNS) {
                throw new IllegalStateException("audit " + id + " did not finish after " + MAX_TURNS + " answers: "
                        + reply);
            }
            String answer = ANSWERS.get(i % ANSWERS.size());
            reply = turn(pace, latencies, messages, JSON.writeValueAsString(Map.of("text", answer)), 200);
        }
        JsonNode progress = reply.path("progress");
        if (progress.path("answered").intValue() != progress.path("total").intValue()) {
            throw new IllegalStateException("audit " + id + " ended with open questions: " + progress);
        }
        HttpResponse<String> result = send(HttpRequest.newBuilder(URI.create(root + "/" + id + "/result")).GET());
        if (result.statusCode() != 200 || !JSON.readTree(result.body()).path("finished").booleanValue()) {
            throw new IllegalStateException("result of " + id + " is not finished: " + result.statusCode() + " "
                    + result.body());
        }
        return id;
    }

    private JsonNode turn(PacedLoad.Pace pace, Latencies latencies, String uri, String body, int expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long due = pace.next();
        HttpResponse<String> response = send(request);
        latencies.add(System.nanoTime() - due);
        if (response.statusCode() != expected) {
            throw new IllegalStateException("POST " + uri + " " + body + " answered " + response.statusCode() + " "
                    + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void expectState(JsonNode reply, String state, String id) {
        if (!state.equals(reply.path("state").stringValue())) {
            throw new IllegalStateException("conversation " + id + " is in " + reply.path("state") + ", expected "
                    + state + ": " + reply);
        }
    }
}
