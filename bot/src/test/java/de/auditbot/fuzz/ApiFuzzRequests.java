package de.auditbot.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates requests against every endpoint of the HTTP API: the JSON endpoints with fuzzed
 * bodies, content types and headers, the reading endpoints with fuzzed ids and parameters, and
 * every endpoint with other methods.
 */
public final class ApiFuzzRequests {

    /** One request; {@code conversation} is the id it writes to, if it writes to one. */
    public record Request(String kind, String method, String path, Map<String, String> headers, String body,
            String conversation) {
    }

    private static final String BASE = "/api/v1/conversations";
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "FOO", "PROPFIND");
    private static final List<String> CONTENT_TYPES = List.of("application/json", "application/json;charset=UTF-8",
            "application/json; charset=ISO-8859-1", "text/plain", "application/x-www-form-urlencoded",
            "multipart/form-data; boundary=x", "application/xml", "application/problem+json", "*/*", "application/*",
            ";;;", "application/json; charset=no-such-charset", "text/html", "json", "a/b/c");
    private static final List<String> ACCEPTS = List.of("*/*", "application/json", "text/html", "image/png",
            "application/xml", "text/markdown", "nonsense", "application/problem+json", "text/*;q=0.1");
    private static final List<String> FORMATS = List.of("json", "md", "html", "JSON", "pdf", "", "html%00",
            "md&format=html", "%3Cscript%3E", "%E2%80%AE");

    private final Random random;
    private final FuzzText text;
    private final FuzzJson json;

    public ApiFuzzRequests(Random random) {
        this.random = random;
        this.text = new FuzzText(random);
        this.json = new FuzzJson(random);
    }

    public Request next(String liveId) {
        int kind = random.nextInt(20);
        if (kind < 8) {
            return post("message", BASE + "/" + liveId + "/messages", json.body(List.of("text", "sender")), liveId);
        }
        return switch (kind) {
            case 8, 9 -> post("open", BASE, json.body(List.of("locale", "sender", "team")), null);
            case 10, 11 -> post("classify", "/api/v1/classify", json.body(List.of("text", "model", "question")), null);
            case 12 -> get("read", BASE + "/" + id(liveId) + text.pick(List.of("", "/result", "/", "/messages")));
            case 13 -> get("report", BASE + "/" + id(liveId) + "/report?format=" + text.pick(FORMATS));
            case 14 -> get("chart", BASE + "/" + id(liveId) + "/report/charts/"
                    + text.pick(List.of("radar", "trend", "pie", "..", "%2e%2e")) + "." + text.pick(List.of("png", "svg", "gif", "")));
            case 15 -> admin();
            case 16 -> post("message", BASE + "/" + id(liveId) + "/messages", json.body(List.of("text")), liveId);
            default -> otherMethod(liveId);
        };
    }

    /** A live id most of the time, else a malformed, unknown or hostile one (URL-encoded). */
    private String id(String liveId) {
        return switch (random.nextInt(6)) {
            case 0, 1, 2 -> liveId;
            case 3 -> liveId.substring(0, 31) + (char) ('A' + random.nextInt(26));
            case 4 -> URLEncoder.encode(text.next().substring(0, 1) + text.pick(FuzzText.OPERATORS), StandardCharsets.UTF_8);
            default -> URLEncoder.encode(text.next(), StandardCharsets.UTF_8).replace("+", "%20");
        };
    }

    private Request admin() {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = switch (random.nextInt(5)) {
            case 0 -> null;
            case 1 -> "Bearer " + text.pick(FuzzText.OPERATORS);
            case 2 -> "Basic YWRtaW46YWRtaW4=";
            case 3 -> "Bearer fuzz-admin-token-0123456789x";
            default -> "bearer fuzz-admin-token-0123456789";
        };
        if (token != null) {
            headers.put("Authorization", token);
        }
        return new Request("admin", "GET", "/api/v1/training-candidates", headers, null, null);
    }

    private Request otherMethod(String liveId) {
        String path = text.pick(List.of(BASE, BASE + "/" + liveId, BASE + "/" + liveId + "/messages",
                BASE + "/" + liveId + "/result", BASE + "/" + liveId + "/report", "/api/v1/classify",
                "/api/v1/training-candidates", "/api/v2/x", "/api", "/actuator/env", "/actuator/heapdump"));
        String method = text.pick(METHODS);
        String body = method.equals("GET") || method.equals("HEAD") ? null : json.body(List.of("text"));
        return withHeaders(new Request("method", method, path, new LinkedHashMap<>(), body,
                path.contains(liveId) ? liveId : null));
    }

    private Request post(String kind, String path, String body, String conversation) {
        return withHeaders(new Request(kind, "POST", path, new LinkedHashMap<>(), body, conversation));
    }

    private Request get(String kind, String path) {
        return withHeaders(new Request(kind, "GET", path, new LinkedHashMap<>(), null, null));
    }

    private Request withHeaders(Request request) {
        if (request.body() != null) {
            request.headers().put("Content-Type", random.nextInt(4) > 0 ? "application/json" : text.pick(CONTENT_TYPES));
        }
        if (random.nextInt(8) == 0) {
            request.headers().put("Accept", text.pick(ACCEPTS));
        }
        if (random.nextInt(10) == 0) {
            request.headers().put("X-Forwarded-For", text.pick(FuzzText.OPERATORS).replaceAll("[^ -~]", "?"));
            request.headers().put("Origin", "https://evil.example");
        }
        return request;
    }
}
