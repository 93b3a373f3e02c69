package de.auditbot.report;

import de.auditbot.dialog.DialogTexts;
import org.springframework.stereotype.Service;

/**
 * Renders a team report as Markdown or HTML in the report's language.
 */
@Service
public class ReportFormats {

    private final DialogTexts texts;
    private final ReportCharts charts;

    public ReportFormats(DialogTexts texts, ReportCharts charts) {
        this.texts = texts;
        this.charts = charts;
    }

    public String markdown(TeamReport report) {
        return new MarkdownReport(texts.messages(report.language())).render(report);
    }

    public String html(TeamReport report) {
        return new HtmlReport(texts.messages(report.language())).render(report,
                charts.svg(report, ReportCharts.Kind.RADAR), charts.svg(report, ReportCharts.Kind.TREND));
    }
}
