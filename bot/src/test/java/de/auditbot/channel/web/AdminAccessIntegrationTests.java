package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The training-candidates export holds teams' words from all conversations: it needs the admin
 * token. ({@link AdminEndpointsDisabledIntegrationTests}: without a configured token it does not exist.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "auditbot.admin.token=test-admin-token-0123456789")
@ActiveProfiles("test")
class AdminAccessIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    int port;

    static HttpResponse<String> export(int port, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/v1/training-candidates"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theExportNeedsTheRightToken() throws Exception {
        for (String wrong : new String[] {null, "Bearer wrong-token", "test-admin-token-0123456789", "Bearer "}) {
            HttpResponse<String> response = export(port, wrong);
            assertThat(response.statusCode()).as("with %s", wrong).isEqualTo(401);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
        }

        HttpResponse<String> response = export(port, "Bearer test-admin-token-0123456789");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/plain"));
    }
}
