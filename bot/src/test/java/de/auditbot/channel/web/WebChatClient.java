package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks to the web chat API over real HTTP, the way the page or an outside client does, and
 * reads the answers with Jackson. Asserting helpers fail with the response body in the message.
 */
public final class WebChatClient {

    public static final String BASE = "/api/v1/conversations";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String root;

    public WebChatClient(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    /** One HTTP answer: status, headers and the raw body. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + header("Content-Type").orElse("-") + " " + body;
        }
    }

    public static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** POSTs a body with a content type; a null body sends none at all. */
    public Response post(String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    public Response postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    /** Opens a conversation, asserting 201; locale may be null for no body. */
    public JsonNode open(String locale) {
        Response response = locale == null ? postJson(BASE, null) : postJson(BASE, json(Map.of("locale", locale)));
        assertThat(response.status()).as("open: %s", response).isEqualTo(201);
        return response.json();
    }

    /** Sends a message, asserting 200. */
    public JsonNode say(String id, String text) {
        Response response = postJson(BASE + "/" + id + "/messages", json(Map.of("text", text)));
        assertThat(response.status()).as("message %s: %s", text, response).isEqualTo(200);
        return response.json();
    }

    public JsonNode conversation(String id) {
        Response response = get(BASE + "/" + id);
        assertThat(response.status()).as("conversation: %s", response).isEqualTo(200);
        return response.json();
    }

    public JsonNode result(String id) {
        Response response = get(BASE + "/" + id + "/result");
        assertThat(response.status()).as("result: %s", response).isEqualTo(200);
        return response.json();
    }

    private URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : root + path);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
