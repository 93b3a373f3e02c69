package de.auditbot.channel.web.page;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (the npm package, installed by the Maven build) in the page for the WCAG 2.0 and
 * 2.1 A and AA rules and reports each violation with the elements it found. The script is
 * injected through WebDriver, which the page's Content-Security-Policy does not restrict.
 */
public final class AxeCheck {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done({ violations: r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '')) })),
                  passes: r.passes.length, version: axe.version }))
              .catch(e => done({ error: String(e) }));
            """;

    private final String script;

    private AxeCheck(String script) {
        this.script = script;
    }

    /** Loads axe.min.js from where the build put it; fails with a hint when it is not there. */
    public static AxeCheck load() {
        Path path = Path.of(System.getProperty("auditbot.browser.axe-script",
                "target/axe/node_modules/axe-core/axe.min.js"));
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(path + " is missing. It is installed by the Maven build before the "
                    + "integration tests (npm ci in target/axe); run ./mvnw -pl bot -am verify.");
        }
        try {
            return new AxeCheck(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The WCAG A/AA violations of the page as it is now, one line per rule and element. */
    @SuppressWarnings("unchecked")
    public AxeReport run(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(script);
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, TAGS);
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe-core failed: " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        List<String> lines = violations.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + "\n    "
                        + String.join("\n    ", (List<String>) v.get("nodes")))
                .toList();
        return new AxeReport(lines, ((Number) result.get("passes")).intValue(), (String) result.get("version"));
    }

    /** Violations as readable lines, how many rules passed, and the axe-core version that ran. */
    public record AxeReport(List<String> violations, int passedRules, String version) {

        /** One line for the test log, e.g. "axe-core 4.14.1: 0 violations, 27 rules passed". */
        public String summary() {
            return "axe-core " + version + ": " + violations.size() + " violations, " + passedRules + " rules passed";
        }
    }
}
