package de.auditbot.report;

import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.springframework.stereotype.Service;

/**
 * The charts of a report as files: a radar of the six category scores and the trend of the
 * overall score. A channel that uploads images (Matrix, once merged) calls this; the HTML report
 * and the web page use the same drawings.
 */
@Service
public class ReportCharts {

    /** The kinds of chart a report has. */
    public enum Kind { RADAR, TREND }

    private final ChartRenderer renderer = new ChartRenderer();
    private final DialogTexts texts;

    public ReportCharts(DialogTexts texts) {
        this.texts = texts;
    }

    public byte[] png(TeamReport report, Kind kind) {
        return renderer.png(chart(report, kind));
    }

    public String svg(TeamReport report, Kind kind) {
        return renderer.svg(chart(report, kind));
    }

    private JFreeChart chart(TeamReport report, Kind kind) {
        Messages m = texts.messages(report.language());
        ResultView result = report.result();
        if (kind == Kind.RADAR) {
            return renderer.radar(m.text("report.radarTitle"), result.catalog().title(),
                    result.categories().stream().map(ResultView.CategoryView::title).toList(),
                    result.categories().stream().map(ResultView.CategoryView::score).toList());
        }
        List<String> dates = report.runs().stream()
                .map(r -> r.finishedAt().atZone(ZoneOffset.UTC).toLocalDate().toString()).toList();
        return renderer.trend(m.text("report.trendTitle"), m.format("report.trendAxis", Map.of()), dates,
                report.runs().stream().map(TeamReport.RunPoint::overall).toList());
    }
}
