package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.page.AxeCheck;
import de.auditbot.channel.web.page.BrowserWindow;
import de.auditbot.channel.web.page.ChromiumBrowser;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.w3c.dom.Document;
import tools.jackson.databind.JsonNode;

/**
 * The team report over HTTP: two check-ins of one named web team, then the JSON parsed, the
 * Markdown read, the HTML rendered in headless Chromium (and checked with axe-core), and the
 * chart files checked as real PNG and SVG. Another conversation sees none of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportIntegrationTests {

    private static final String LINK = "https://wiki.example.org/research";

    @Value("${local.server.port}")
    int port;

    WebChatClient client;
    String id;
    ChromeDriver driver;

    @BeforeAll
    void twoCheckinsOfOneTeam() {
        client = new WebChatClient(port);
        String team = "Team Report " + UUID.randomUUID();
        String first = open(team);
        client.say(first, "Check-in");
        // Principle 1 comes first and its answer has a link; principles 2 to 4 get a bare "ja".
        client.say(first, "ja " + LINK);
        answerAll(first, "ja");
        // The same team, typed differently.
        id = open("  " + team.toUpperCase().replace(" ", "  ") + " ");
        client.say(id, "Check-in");
        answerAll(id, "nein");
    }

    @AfterAll
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void theJsonReportHasTheStandingTheTrendTheChangesAndTheEvidence() {
        WebChatClient.Response response = client.get(WebChatClient.BASE + "/" + id + "/report?format=json");
        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("result").get("catalog").get("id").stringValue()).isEqualTo("ozg-servicestandard");
        assertThat(report.get("runs")).hasSize(2);
        assertThat(report.get("runs").get(0).get("kind").stringValue()).isEqualTo("CHECKIN");
        assertThat(report.get("runs").get(0).get("overall").doubleValue()).isEqualTo(1.0);
        assertThat(report.get("runs").get(1).get("overall").doubleValue()).isLessThan(1.0);
        JsonNode principle1 = report.get("evidence").get(0);
        assertThat(principle1.get("links").get(0).stringValue()).isEqualTo(LINK);
        assertThat(principle1.get("withoutEvidence").booleanValue()).isFalse();
        assertThat(report.get("evidence").get(1).get("withoutEvidence").booleanValue()).isTrue();
        // The second check-in asked principles 5 to 8 for the first time.
        assertThat(report.get("changes").get(4).get("arrow").stringValue()).isEqualTo("•");
        assertThat(report.get("changes").get(0).get("arrow").stringValue()).isEqualTo("→");
    }

    @Test
    void theMarkdownReportHasTablesNextStepsEvidenceAndTheTrend() {
        WebChatClient.Response response = client.get(WebChatClient.BASE + "/" + id + "/report?format=md");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/markdown");
        String md = response.body();
        assertThat(md).startsWith("# Bericht: Servicestandard für die OZG-Umsetzung\n");
        assertThat(md).contains("| Kategorie | Stand | Ampel | Beantwortet |", "|---|---|---|---|",
                "## Prinzipien", "## Die wichtigsten nächsten Schritte", "## Verlauf des Gesamtstands",
                LINK, "ohne Nachweis", "| 4 ", "• – → 0 %");
        assertThat(md.lines().filter(l -> l.startsWith("| ") && !l.contains("---"))).hasSize(1 + 6 + 1 + 19);
    }

    @Test
    void theHtmlReportRendersInTheBrowserWithItsChartsAndPassesAxe() {
        WebChatClient.Response response = client.get(WebChatClient.BASE + "/" + id + "/report?format=html");
        assertThat(response.header("Content-Security-Policy").orElseThrow()).contains("default-src 'none'", "img-src data:");
        driver = ChromiumBrowser.start(1000, 800);
        driver.get("http://127.0.0.1:" + port + WebChatClient.BASE + "/" + id + "/report?format=html");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Bericht: Servicestandard für die OZG-Umsetzung");
        assertThat(driver.findElements(By.cssSelector("table"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("tbody tr"))).hasSize(6 + 19);
        for (WebElement image : driver.findElements(By.cssSelector(".charts img"))) {
            Object width = ((JavascriptExecutor) driver).executeScript("return arguments[0].naturalWidth;", image);
            assertThat(((Number) width).intValue()).as("chart %s drawn", image.getDomAttribute("alt")).isPositive();
        }
        assertThat(driver.findElements(By.cssSelector(".charts img"))).hasSize(2);
        assertThat(driver.findElement(By.linkText(LINK)).getDomAttribute("href")).isEqualTo(LINK);
        assertThat(new BrowserWindow(driver).consoleProblems()).isEmpty();
        AxeCheck.AxeReport axe = AxeCheck.load().run(driver);
        System.out.println("Report page " + axe.summary());
        assertThat(axe.violations()).isEmpty();
    }

    @Test
    void theChartsAreRealPngAndSvgFiles() throws Exception {
        byte[] png = bytes("radar.png");
        assertThat(Arrays.copyOf(png, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        assertThat(bytes("trend.png")).startsWith(0x89, 'P', 'N', 'G');
        for (String svg : new String[] {"radar.svg", "trend.svg"}) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes(svg)));
            assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
            assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        }
    }

    @Test
    void anotherConversationSeesNothingOfTheTeamAndWrongFormatsAreRefused() {
        String other = client.open("de").get("id").stringValue();
        assertThat(client.get(WebChatClient.BASE + "/" + other + "/report?format=json").status()).isEqualTo(404);
        assertThat(client.get(WebChatClient.BASE + "/" + id + "/report?format=pdf").status()).isEqualTo(400);
        assertThat(client.get(WebChatClient.BASE + "/unknown-id/report").status()).isEqualTo(404);
    }

    private String open(String team) {
        WebChatClient.Response response = client.postJson(WebChatClient.BASE,
                WebChatClient.json(Map.of("locale", "de", "team", team)));
        assertThat(response.status()).as("%s", response).isEqualTo(201);
        return response.json().get("id").stringValue();
    }

    private void answerAll(String conversation, String text) {
        for (int guard = 0; guard < 40; guard++) {
            JsonNode turn = client.say(conversation, text);
            if (!"AUDIT".equals(turn.get("state").stringValue())) {
                return;
            }
        }
        throw new AssertionError("the check-in did not end");
    }

    private byte[] bytes(String chart) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port + WebChatClient.BASE + "/" + id + "/report/charts/" + chart)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(chart).isEqualTo(200);
        return response.body();
    }
}
