package de.auditbot.report;

import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a report as Markdown a team can paste into a wiki or a ticket: tables for categories and
 * principles, next steps, evidence, and the change since last time.
 */
final class MarkdownReport {

    private final ReportCells cells;

    MarkdownReport(Messages messages) {
        this.cells = new ReportCells(messages);
    }

    String render(TeamReport report) {
        Messages m = cells.messages();
        ResultView result = report.result();
        List<String> lines = new ArrayList<>();
        lines.add("# " + m.format("report.title", Map.of("catalog", result.catalog().title())));
        lines.add("");
        lines.add(m.format("report.generated", Map.of("date", cells.date(report.generatedAt()),
                "version", result.catalog().version())));
        lines.add("");
        lines.add(cells.overall(result));
        lines.add("");
        lines.add("## " + m.text("report.categories"));
        lines.add("");
        lines.add(row(m.text("report.column.category"), m.text("report.column.score"), m.text("report.column.light"),
                m.text("report.column.coverage")));
        lines.add("|---|---|---|---|");
        result.categories().forEach(c -> lines.add(row(c.title(), cells.percent(c.score()), cells.light(c.light()),
                c.answered() + "/" + c.applicable())));
        lines.add("");
        lines.add("## " + m.text("report.principles"));
        lines.add("");
        lines.add(row(m.text("report.column.principle"), m.text("report.column.score"), m.text("report.column.light"),
                m.text("report.column.change"), m.text("report.column.evidence")));
        lines.add("|---|---|---|---|---|");
        for (ResultView.PrincipleView p : result.principles()) {
            lines.add(row(p.number() + " " + p.title(), cells.percent(p.score()), cells.light(p.light()),
                    cells.change(report, p.number()), String.join(" ", cells.evidence(report, p.number()))));
        }
        lines.add("");
        lines.add("## " + m.text("result.nextSteps"));
        lines.add("");
        if (result.nextSteps().isEmpty()) {
            lines.add(m.text("result.noNextSteps"));
        }
        int i = 1;
        for (ResultView.NextStepView step : result.nextSteps()) {
            lines.add(i++ + ". **" + escape(step.principle() + " " + step.title()) + "**: " + escape(step.text())
                    + " (" + step.link() + ")");
        }
        lines.add("");
        lines.add("## " + m.text("report.trend"));
        lines.add("");
        report.runs().forEach(r -> lines.add("- " + cells.date(r.finishedAt()) + " · "
                + m.text("history.kind." + r.kind()) + ": " + cells.percent(r.overall())));
        if (report.runs().isEmpty()) {
            lines.add(m.text("report.noRuns"));
        }
        return String.join("\n", lines) + "\n";
    }

    private static String row(String... cells) {
        List<String> escaped = new ArrayList<>();
        for (String cell : cells) {
            escaped.add(escape(cell).replace("|", "\\|"));
        }
        return "| " + String.join(" | ", escaped) + " |";
    }

    /** Team words and catalog texts must not turn into Markdown markup. */
    static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>#])", "\\\\$1").replace("\n", " ");
    }
}
