package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * With no admin token configured (the default), the admin endpoints do not exist at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdminEndpointsDisabledIntegrationTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void theExportDoesNotExistWithoutAConfiguredToken() throws Exception {
        HttpResponse<String> response = AdminAccessIntegrationTests.export(port, "Bearer anything");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }
}
