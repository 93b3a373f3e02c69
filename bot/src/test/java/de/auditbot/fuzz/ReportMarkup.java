package de.auditbot.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.WebChatClient;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that HTML written by the bot holds only the markup the bot itself writes: known tags,
 * no event handler attributes, no script, whatever text the team typed into it.
 */
public final class ReportMarkup {

    /** Every tag the HTML report and the Matrix replies use. */
    static final Set<String> TAGS = Set.of("!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1",
            "h2", "h3", "h4", "p", "strong", "em", "div", "img", "table", "thead", "tbody", "tr", "th", "td", "a", "br",
            "span", "ol", "ul", "li", "caption");
    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([!a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern HANDLER = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern HREF = Pattern.compile("(href|src)\\s*=\\s*\"([^\"]*)\"");

    private ReportMarkup() {
    }

    /** A report that exists must be markup of the bot only; a 404 (nothing answered yet) is fine. */
    static void assertEscaped(WebChatClient.Response report) {
        if (report.status() == 404) {
            return;
        }
        assertThat(report.status()).as("report: %s", report.status()).isEqualTo(200);
        assertOnlyOwnMarkup(report.body().replaceAll("(?s)<style>.*?</style>", "<style></style>"));
    }

    public static void assertOnlyOwnMarkup(String html) {
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            assertThat(TAGS).as("tag <%s> in %s", name, excerpt(html, tag.start())).contains(name);
            String attributes = tag.group(2);
            assertThat(HANDLER.matcher(attributes).find()).as("event handler in %s", tag.group()).isFalse();
            Matcher link = HREF.matcher(attributes);
            while (link.find()) {
                assertThat(link.group(2)).as("link in %s", tag.group()).matches("(https?://|data:image/svg\\+xml;base64,).*");
            }
        }
        assertThat(html.toLowerCase()).doesNotContain("<script", "<iframe", "<svg", "<img src=x");
    }

    private static String excerpt(String html, int at) {
        return html.substring(Math.max(0, at - 80), Math.min(html.length(), at + 120));
    }
}
