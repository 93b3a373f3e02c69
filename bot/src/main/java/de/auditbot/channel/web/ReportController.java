package de.auditbot.channel.web;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.report.ReportCharts;
import de.auditbot.report.ReportFormats;
import de.auditbot.report.TeamReport;
import de.auditbot.report.TeamReportFactory;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The team report of a web conversation as Markdown, HTML or JSON, and its charts as PNG or SVG.
 * The conversation id is the access token: it shows the team of that conversation and no other.
 */
@RestController
@RequestMapping("/api/v1/conversations/{id}/report")
class ReportController {

    /** The HTML report carries its styles and chart images inline and has no script at all. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final ConversationService conversations;
    private final TeamReportFactory reports;
    private final ReportFormats formats;
    private final ReportCharts charts;

    ReportController(ConversationService conversations, TeamReportFactory reports, ReportFormats formats,
            ReportCharts charts) {
        this.conversations = conversations;
        this.reports = reports;
        this.formats = formats;
        this.charts = charts;
    }

    @GetMapping
    ResponseEntity<?> report(@PathVariable String id, @RequestParam(defaultValue = "json") String format,
            HttpServletResponse response) {
        TeamReport report = report(id);
        return switch (format) {
            case "json" -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(report);
            case "md" -> text(formats.markdown(report), "text/markdown", "md");
            case "html" -> {
                response.setHeader("Content-Security-Policy", REPORT_CSP);
                yield ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .body(formats.html(report));
            }
            default -> throw ApiRequestException.badRequest("The parameter 'format' must be one of md, html, json.");
        };
    }

    @GetMapping("/charts/{chart}.{type}")
    ResponseEntity<?> chart(@PathVariable String id, @PathVariable String chart, @PathVariable String type) {
        ReportCharts.Kind kind = switch (chart) {
            case "radar" -> ReportCharts.Kind.RADAR;
            case "trend" -> ReportCharts.Kind.TREND;
            default -> throw ApiRequestException.notFound();
        };
        TeamReport report = report(id);
        return switch (type) {
            case "png" -> ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                    .body(charts.png(report, kind));
            case "svg" -> ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                    .cacheControl(CacheControl.noStore()).body(charts.svg(report, kind));
            default -> throw ApiRequestException.notFound();
        };
    }

    private TeamReport report(String id) {
        if (!ConversationIds.isWellFormed(id)) {
            throw ApiRequestException.notFound();
        }
        Conversation conversation = conversations.find(new ConversationKey(ConversationController.CHANNEL, id))
                .orElseThrow(ApiRequestException::notFound);
        return reports.create(conversation).orElseThrow(() -> new ApiRequestException(HttpStatus.NOT_FOUND,
                "There is no report yet: the team has not answered any question."));
    }

    private static ResponseEntity<String> text(String body, String type, String extension) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.valueOf(type), StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"auditbot-report." + extension + "\"")
                .body(body);
    }
}
