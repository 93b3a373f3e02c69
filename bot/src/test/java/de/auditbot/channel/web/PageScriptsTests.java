package de.auditbot.channel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The chat page puts every text it shows into the document as text: its scripts never parse a
 * string as HTML or code, and the chat view writes messages with text nodes and textContent.
 */
class PageScriptsTests {

    /** What would turn a string into markup or code. */
    static final List<String> FORBIDDEN = List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write",
            "eval(", "new Function", "setTimeout('", "setTimeout(\"", "createContextualFragment", "DOMParser",
            "srcdoc", ".setAttribute('on", ".setAttribute(\"on");

    @Test
    void noScriptOfThePageParsesTextAsHtmlOrCode() throws IOException, URISyntaxException {
        Path scripts = Path.of(getClass().getResource("/static/js").toURI());
        List<Path> files;
        try (Stream<Path> listed = Files.list(scripts)) {
            files = listed.filter(p -> p.toString().endsWith(".js")).toList();
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String code = Files.readString(file);
            for (String forbidden : FORBIDDEN) {
                assertThat(code).as("%s uses %s", file.getFileName(), forbidden).doesNotContain(forbidden);
            }
        }
        String chatView = Files.readString(scripts.resolve("chat-view.js"));
        assertThat(chatView).contains("textContent", "createTextNode");
        String page = Files.readString(scripts.resolveSibling("index.html"));
        assertThat(page).doesNotContain("<script>").doesNotContainPattern("\\son[a-z]+\\s*=")
                .contains("<script type=\"module\" src=");
    }
}
