package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.WebChatClient.Response;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every response carries the security headers: the page, its scripts, the API, and errors
 * (Spring's error dispatch included). The policy allows no inline script or style.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersIntegrationTests {

    @Value("${local.server.port}")
    int port;

    @Test
    void pageScriptsApiAndErrorsCarryTheSecurityHeaders() {
        WebChatClient client = new WebChatClient(port);
        String id = client.open("de").get("id").stringValue();
        for (Response response : new Response[] {
                client.get("/"), client.get("/js/app.js"), client.get("/i18n/en.json"),
                client.get(WebChatClient.BASE + "/" + id), client.get(WebChatClient.BASE + "/unknown"),
                client.get("/no-such-page"), client.post(WebChatClient.BASE, "text/plain", "x")}) {
            String policy = response.header("Content-Security-Policy").orElse("");
            assertThat(policy).as("CSP of %s", response.status())
                    .contains("default-src 'none'", "script-src 'self'", "style-src 'self'", "frame-ancestors 'none'",
                            "base-uri 'none'", "connect-src 'self'", "form-action 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(response.header("Referrer-Policy")).contains("no-referrer");
            assertThat(response.header("X-Frame-Options")).contains("DENY");
            assertThat(response.header("Permissions-Policy")).hasValueSatisfying(
                    p -> assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(response.header("Cross-Origin-Opener-Policy")).contains("same-origin");
        }
    }

    @Test
    void theHtmlReportMayRunNoScriptAndLoadNothing() {
        WebChatClient client = new WebChatClient(port);
        String id = client.open("de").get("id").stringValue();
        client.say(id, "Audit starten");
        client.say(id, "ja");
        Response report = client.get(WebChatClient.BASE + "/" + id + "/report?format=html");
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'")
                .doesNotContain("script-src", "unsafe-eval"));
        assertThat(report.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(report.body()).doesNotContain("<script");
    }

    @Test
    void thePageIsServedAtTheRootWithItsScriptsAsJavaScript() {
        WebChatClient client = new WebChatClient(port);
        Response page = client.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("<html lang=\"de\">", "js/app.js").doesNotContain("<script>", "style=");
        assertThat(client.get("/js/app.js").header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    }
}
