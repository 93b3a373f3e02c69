package de.auditbot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.WebChatClient;
import de.auditbot.fuzz.ApiFuzzRequests.Request;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Throws seeded, generated requests at every endpoint of the running application over a real port
 * (see {@link ApiFuzzRequests}). Nothing may answer 5xx; every rejection is a problem detail; a
 * rejected request stores nothing; the HTML report escapes whatever the fuzzing wrote into it; and
 * the application still works afterwards. {@code -Dauditbot.fuzz.seed=…} repeats a run,
 * {@code -Dauditbot.fuzz.inputs=…} makes it longer (default 10,000).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auditbot.admin.token=fuzz-admin-token-0123456789")
@ActiveProfiles("test")
class ApiFuzzIntegrationTests {

    static final long SEED = Long.getLong("auditbot.fuzz.seed", 20_261_129L);
    static final int INPUTS = Integer.getInteger("auditbot.fuzz.inputs", 10_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void generatedRequestsGetNoServerErrorAndRejectedOnesStoreNothing() throws Exception {
        Random random = new Random(SEED);
        ApiFuzzRequests requests = new ApiFuzzRequests(random);
        StoreCounts store = new StoreCounts(mongo);
        WebChatClient client = new WebChatClient(port);
        List<String> live = new ArrayList<>();
        Map<String, Integer> statuses = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        Map<String, Long> millisByKind = new TreeMap<>();
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            if (live.size() < 6 || i % 150 == 0) {
                live.add(openAndStart(client, random));
                if (live.size() > 6) {
                    live.remove(0);
                }
            }
            String liveId = live.get(random.nextInt(live.size()));
            Outcome outcome;
            long t0 = System.nanoTime();
            Map<String, Object> before;
            String target = liveId;
            if (random.nextInt(25) == 0) {
                byte[] raw = RawHttp.request(random, liveId);
                before = store.snapshot(storeId(liveId));
                RawHttp.Answer answer = RawHttp.send(port, raw);
                String head = answer.head().lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                        .findFirst().orElse("content-type: none").substring(13).strip();
                outcome = new Outcome("raw", false, answer.status(), head, answer.body(),
                        "raw " + new String(raw, 0, Math.min(raw.length, 200), StandardCharsets.ISO_8859_1));
            } else {
                Request request = requests.next(liveId);
                // Classifying stores nothing by design; everything else that may write is checked.
                boolean writes = !request.kind().equals("classify")
                        && (request.method().equals("POST") || request.conversation() != null);
                before = writes ? store.snapshot(storeId(request.conversation())) : null;
                HttpResponse<String> response = send(request);
                outcome = new Outcome(request.kind(), request.method().equals("HEAD"), response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse("none"), response.body(), describe(request));
                target = request.conversation();
                if (response.statusCode() == 404 && request.kind().equals("message") && request.path().contains(liveId)) {
                    live.remove(liveId); // the team deleted its data
                }
            }
            String what = "input #" + i + " of seed " + SEED + ": " + outcome.request() + " -> " + outcome.status()
                    + " " + outcome.body().substring(0, Math.min(300, outcome.body().length()));
            statuses.merge(String.valueOf(outcome.status()), 1, Integer::sum);
            kinds.merge(outcome.kind(), 1, Integer::sum);
            millisByKind.merge(outcome.kind(), (System.nanoTime() - t0) / 1_000_000, Long::sum);
            assertThat(outcome.status()).as(what).isBetween(100, 499);
            if (outcome.status() >= 400) {
                assertProblem(outcome, what);
                if (before != null) {
                    assertThat(store.snapshot(storeId(target))).as("store after " + what)
                            .isEqualTo(before);
                }
            }
            if (i % 500 == 499) {
                live.forEach(id -> ReportMarkup.assertEscaped(client.get(WebChatClient.BASE + "/" + id + "/report?format=html")));
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("API fuzz: seed %d, %d inputs in %d ms; by kind %s; by status %s; milliseconds by kind %s%n",
                SEED, INPUTS, millis, kinds, statuses, millisByKind);
        assertStillWorks(client);
    }

    private String openAndStart(WebChatClient client, Random random) {
        String team = random.nextBoolean() ? null : "Fuzz " + random.nextInt(3);
        WebChatClient.Response opened = client.postJson(WebChatClient.BASE,
                team == null ? "{}" : WebChatClient.json(Map.of("team", team)));
        assertThat(opened.status()).as("open: %s", opened).isEqualTo(201);
        String id = opened.json().path("id").stringValue();
        client.say(id, "Audit starten");
        return id;
    }

    private static String storeId(String conversation) {
        return conversation == null ? null : "web:" + conversation;
    }

    /** One request's answer, from the HTTP client or from a raw socket. */
    private record Outcome(String kind, boolean head, int status, String contentType, String body, String request) {
    }

    private static void assertProblem(Outcome outcome, String what) {
        if (outcome.head()) {
            return; // no body
        }
        assertThat(outcome.contentType()).as("content type of " + what).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(outcome.body());
        assertThat(problem.path("status").intValue()).as("status field of " + what).isEqualTo(outcome.status());
        assertThat(problem.path("title").asString("")).as("title of " + what).isNotBlank();
        assertThat(problem.path("detail").asString("")).as("detail of " + what).isNotBlank()
                .doesNotContain("Exception", "tools.jackson", "at de.auditbot", "org.springframework");
    }

    private HttpResponse<String> send(Request request) throws IOException, InterruptedException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                .timeout(Duration.ofSeconds(60))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(builder::header);
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String describe(Request request) {
        String body = request.body() == null ? "" : request.body();
        return request.kind() + " " + request.method() + " " + request.path() + " " + request.headers() + " "
                + (body.length() > 200 ? body.substring(0, 200) + "… (" + body.length() + " chars)" : body);
    }

    private static void assertStillWorks(WebChatClient client) {
        assertThat(client.get("/actuator/health").status()).isEqualTo(200);
        String id = client.open("de").path("id").stringValue();
        assertThat(client.say(id, "Audit starten").path("state").stringValue()).isEqualTo("AUDIT");
        assertThat(client.say(id, "ja").path("progress").path("answered").intValue()).isEqualTo(1);
        assertThat(client.get("/").status()).isEqualTo(200);
    }
}
