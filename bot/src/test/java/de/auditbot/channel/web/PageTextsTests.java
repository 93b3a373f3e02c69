package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Content lint for the chat page's own texts: German and English have the same keys with the
 * same placeholders, and every key the page and its scripts use exists.
 */
class PageTextsTests {

    static final List<String> SCRIPTS = List.of("app.js", "chat-view.js", "progress-view.js", "result-view.js",
            "radar-chart.js", "i18n.js", "team-memory.js");
    static final Pattern USED_IN_SCRIPT = Pattern.compile("\\bt\\(\\s*'([\\w.]+)'");
    static final Pattern USED_IN_PAGE = Pattern.compile("data-i18n(?:-aria-label)?=\"([\\w.]+)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    @Test
    void germanAndEnglishHaveTheSameKeysAndPlaceholders() throws IOException {
        JsonNode german = texts("de");
        JsonNode english = texts("en");
        assertThat(english.propertyNames()).containsExactlyInAnyOrderElementsOf(german.propertyNames());
        for (String key : german.propertyNames()) {
            assertThat(placeholders(english.get(key).stringValue())).as(key)
                    .isEqualTo(placeholders(german.get(key).stringValue()));
        }
    }

    @Test
    void everyKeyThePageUsesExists() throws IOException {
        Set<String> used = new TreeSet<>(matches(USED_IN_PAGE, read("static/index.html")));
        for (String script : SCRIPTS) {
            used.addAll(matches(USED_IN_SCRIPT, read("static/js/" + script)));
        }
        assertThat(used).hasSizeGreaterThan(20);
        assertThat(texts("de").propertyNames()).containsAll(used);
    }

    private static JsonNode texts(String language) throws IOException {
        return JsonMapper.builder().build().readTree(read("static/i18n/" + language + ".json"));
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = PageTextsTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> placeholders(String text) {
        return new TreeSet<>(matches(PLACEHOLDER, text));
    }

    private static List<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
