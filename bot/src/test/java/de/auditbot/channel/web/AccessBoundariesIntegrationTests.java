package de.auditbot.channel.web;

import static de.auditbot.channel.web.WebChatClient.BASE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Who can reach what. Every endpoint is either about the one conversation whose id is in its path,
 * or opens or classifies without reading anything stored, or needs the admin token; ids are 192
 * random bits; and one conversation's id gives nothing of another team's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auditbot.admin.token=boundaries-admin-token-0123456789")
@ActiveProfiles("test")
class AccessBoundariesIntegrationTests {

    /** Every API endpoint, by what it may show. A new endpoint fails this test until it is placed here. */
    static final Map<String, String> ENDPOINTS = Map.of(
            "POST /api/v1/conversations", "opens a new conversation, reads nothing stored",
            "POST /api/v1/conversations/{id}/messages", "its own conversation",
            "GET /api/v1/conversations/{id}", "its own conversation",
            "GET /api/v1/conversations/{id}/result", "its own conversation",
            "GET /api/v1/conversations/{id}/report", "its own conversation's team",
            "GET /api/v1/conversations/{id}/report/charts/{chart}.{type}", "its own conversation's team",
            "POST /api/v1/classify", "the posted text only",
            "GET /api/v1/training-candidates", "admin token");

    @Value("${local.server.port}")
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MongoTemplate mongo;

    @Test
    void everyEndpointIsScopedToOneConversationOrNeedsTheAdminToken() throws Exception {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/"))
                .forEach(p -> info.getMethodsCondition().getMethods().forEach(m -> mapped.add(m + " " + p))));
        assertThat(mapped).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());

        assertThat(AdminAccessIntegrationTests.export(port, null).statusCode()).isEqualTo(401);
        assertThat(AdminAccessIntegrationTests.export(port, "Bearer boundaries-admin-token-0123456789").statusCode())
                .isEqualTo(200);
        WebChatClient client = new WebChatClient(port);
        for (String actuator : List.of("/actuator/env", "/actuator/beans", "/actuator/mappings", "/actuator/heapdump",
                "/actuator/configprops", "/actuator/loggers")) {
            assertThat(client.get(actuator).status()).as(actuator).isEqualTo(404);
        }
    }

    @Test
    void idsAre192RandomBitsInUrlSafeBase64() {
        WebChatClient client = new WebChatClient(port);
        Set<String> ids = new HashSet<>();
        int[] ones = new int[192];
        int samples = 200;
        for (int i = 0; i < samples; i++) {
            String id = i < 20 ? client.open("de").path("id").stringValue() : ConversationIds.next();
            assertThat(id).matches("[A-Za-z0-9_-]{32}");
            byte[] bits = Base64.getUrlDecoder().decode(id);
            assertThat(bits.length * 8).as("bits in an id").isEqualTo(192).isGreaterThanOrEqualTo(128);
            for (int b = 0; b < 192; b++) {
                ones[b] += (bits[b / 8] >> (b % 8)) & 1;
            }
            ids.add(id);
        }
        assertThat(ids).hasSize(samples);
        for (int b = 0; b < 192; b++) {
            // Each bit is set in about half of the ids (five standard deviations either way).
            assertThat(ones[b]).as("ids with bit %d set", b).isBetween(samples / 2 - 36, samples / 2 + 36);
        }
    }

    @Test
    void oneConversationsIdGivesNothingOfAnotherTeam() {
        WebChatClient client = new WebChatClient(port);
        String a = open(client, "Team Alpha", "alice-alpha");
        client.say(a, "Check-in");
        JsonNode turn;
        int answers = 0;
        do {
            turn = client.say(a, answers == 0 ? "ja, siehe https://alpha.example/geheim" : "ja");
            assertThat(++answers).as("answers of the check-in").isLessThan(40);
        } while (turn.path("state").stringValue().equals("AUDIT"));
        assertThat(client.get(BASE + "/" + a + "/report?format=json").body()).contains("alpha.example/geheim");
        String b = open(client, "Team Beta", "bob-beta");

        String history = ConversationApiIntegrationTests.allText(client.say(b, "Verlauf"));
        assertThat(history).contains("noch kein abgeschlossenes Audit");
        for (String path : List.of("", "/result", "/report?format=json", "/report?format=md", "/report?format=html")) {
            WebChatClient.Response response = client.get(BASE + "/" + b + path);
            assertThat(response.body()).as(path).doesNotContain("alpha", "Alpha", a);
        }
        assertThat(client.get(BASE + "/" + b + "/report/charts/trend.svg").status()).isEqualTo(404);

        client.say(b, "Meine Daten löschen");
        client.say(b, "Ja, alles löschen");
        assertThat(client.get(BASE + "/" + b).status()).as("Beta's conversation is gone").isEqualTo(404);
        assertThat(client.get(BASE + "/" + a).status()).as("Alpha's conversation is still there").isEqualTo(200);
        assertThat(mongo.count(new Query(Criteria.where("teamKey").is("web-team:team alpha")), "audit_runs"))
                .as("Alpha's runs").isPositive();
        assertThat(client.get(BASE + "/" + a + "/report?format=md").body()).contains("alpha.example/geheim");
    }

    private static String open(WebChatClient client, String team, String sender) {
        WebChatClient.Response opened = client.postJson(BASE, WebChatClient.json(Map.of("team", team, "sender", sender)));
        assertThat(opened.status()).isEqualTo(201);
        return opened.json().path("id").stringValue();
    }
}
