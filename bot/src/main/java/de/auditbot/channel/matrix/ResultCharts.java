package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.Reply;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.report.ReportCharts;
import de.auditbot.report.TeamReport;
import de.auditbot.report.TeamReportFactory;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the charts of a result as images after its notice: the radar of the categories, and the
 * trend of the overall standing once the team has two runs or more. The image's text names every
 * value, for clients that show no images and for screen readers. A chart that cannot be sent is
 * only logged: the result itself is already in the room.
 */
final class ResultCharts {

    private static final Logger log = LoggerFactory.getLogger(ResultCharts.class);

    private final TeamReportFactory reports;
    private final ReportCharts charts;
    private final DialogTexts texts;
    private final MatrixGateway gateway;

    ResultCharts(TeamReportFactory reports, ReportCharts charts, DialogTexts texts, MatrixGateway gateway) {
        this.reports = reports;
        this.charts = charts;
        this.texts = texts;
        this.gateway = gateway;
    }

    void send(Conversation conversation, String roomId, String threadRootId, String inReplyTo) {
        try {
            Optional<TeamReport> found = reports.create(conversation);
            if (found.isEmpty()) {
                return;
            }
            TeamReport report = found.get();
            var messages = texts.messages(report.language());
            String radar = messages.text("report.radarTitle") + ": " + report.result().categories().stream()
                    .map(c -> c.title() + " " + percent(c.score())).collect(Collectors.joining(", "));
            send(report, ReportCharts.Kind.RADAR, radar, "radar.png", roomId, threadRootId, inReplyTo);
            if (report.runs().size() >= 2) {
                String trend = messages.text("report.trendTitle") + ": " + report.runs().stream()
                        .map(r -> r.finishedAt().atZone(ZoneOffset.UTC).toLocalDate() + " " + percent(r.overall()))
                        .collect(Collectors.joining(", "));
                send(report, ReportCharts.Kind.TREND, trend, "trend.png", roomId, threadRootId, inReplyTo);
            }
        } catch (RuntimeException e) {
            log.warn("Could not send the result charts to {}: {}", roomId, e.toString());
        }
    }

    private void send(TeamReport report, ReportCharts.Kind kind, String body, String fileName, String roomId,
            String threadRootId, String inReplyTo) {
        byte[] png = charts.png(report, kind);
        // A PNG's size is in its header chunk, right after the 8-byte signature and the chunk's length and type.
        ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
        gateway.sendImage(new OutboundImage(roomId, body, fileName, png, header.getInt(), header.getInt(),
                threadRootId, inReplyTo)).join();
    }

    private static String percent(Double score) {
        return score == null ? "–" : String.format(Locale.ROOT, "%d %%", Math.round(score * 100));
    }

    /** Whether any of the replies shows a result, after which the charts belong. */
    static boolean anyResult(List<Reply> replies) {
        return replies.stream().anyMatch(reply -> reply.result() != null);
    }
}
