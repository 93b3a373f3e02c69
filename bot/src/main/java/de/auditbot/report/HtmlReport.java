package de.auditbot.report;

import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.Messages;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a report as one self-contained, print-friendly HTML file: styles inline and the charts
 * as SVG images inside it, so that it still looks right when forwarded by e-mail. Every text is
 * escaped; the file has no script.
 */
final class HtmlReport {

    private static final String STYLE = """
            body{font-family:"DejaVu Sans",Arial,sans-serif;color:#1b1b1b;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45}
            table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #767676;padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:#e8eef5}.GREEN{background:#d7f0dd}.AMBER{background:#fff1c2}.RED{background:#fadbd8}
            .charts img{max-width:48%;height:auto}a{color:#0b4f8a}.missing{font-weight:bold}
            @media print{body{margin:0;max-width:none}.charts img{max-width:45%}a{color:#000}a::after{content:" (" attr(href) ")";font-size:.8em}}
            """;

    private final ReportCells cells;

    HtmlReport(Messages messages) {
        this.cells = new ReportCells(messages);
    }

    String render(TeamReport report, String radarSvg, String trendSvg) {
        Messages m = cells.messages();
        ResultView result = report.result();
        StringBuilder h = new StringBuilder(16_000);
        String title = m.format("report.title", Map.of("catalog", result.catalog().title()));
        h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(report.language())).append("\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(esc(title)).append("</title><style>").append(STYLE).append("</style></head><body>");
        h.append("<main><h1>").append(esc(title)).append("</h1><p>")
                .append(esc(m.format("report.generated", Map.of("date", cells.date(report.generatedAt()),
                        "version", result.catalog().version()))))
                .append("</p><p><strong>").append(esc(cells.overall(result))).append("</strong></p>");
        h.append("<div class=\"charts\">").append(image(radarSvg, m.text("report.radarTitle")))
                .append(image(trendSvg, m.text("report.trendTitle"))).append("</div>");
        h.append("<h2>").append(esc(m.text("report.categories"))).append("</h2><table><thead><tr>")
                .append(th(m.text("report.column.category"))).append(th(m.text("report.column.score")))
                .append(th(m.text("report.column.light"))).append(th(m.text("report.column.coverage")))
                .append("</tr></thead><tbody>");
        for (ResultView.CategoryView c : result.categories()) {
            h.append("<tr class=\"").append(esc(c.light())).append("\">").append(td(c.title()))
                    .append(td(cells.percent(c.score()))).append(td(cells.light(c.light())))
                    .append(td(c.answered() + "/" + c.applicable())).append("</tr>");
        }
        h.append("</tbody></table><h2>").append(esc(m.text("report.principles"))).append("</h2><table><thead><tr>")
                .append(th(m.text("report.column.principle"))).append(th(m.text("report.column.score")))
                .append(th(m.text("report.column.light"))).append(th(m.text("report.column.change")))
                .append(th(m.text("report.column.evidence"))).append("</tr></thead><tbody>");
        for (ResultView.PrincipleView p : result.principles()) {
            h.append("<tr class=\"").append(esc(p.light())).append("\">").append(td(p.number() + " " + p.title()))
                    .append(td(cells.percent(p.score()))).append(td(cells.light(p.light())))
                    .append(td(cells.change(report, p.number()))).append("<td>");
            for (String item : cells.evidence(report, p.number())) {
                h.append(item.startsWith("http") ? "<a href=\"" + esc(item) + "\">" + esc(item) + "</a><br>"
                        : "<span class=\"missing\">" + esc(item) + "</span>");
            }
            h.append("</td></tr>");
        }
        h.append("</tbody></table><h2>").append(esc(m.text("result.nextSteps"))).append("</h2>");
        if (result.nextSteps().isEmpty()) {
            h.append("<p>").append(esc(m.text("result.noNextSteps"))).append("</p>");
        }
        h.append("<ol>");
        result.nextSteps().forEach(s -> h.append("<li><strong>").append(esc(s.principle() + " " + s.title()))
                .append("</strong>: ").append(esc(s.text())).append(" <a href=\"").append(esc(s.link())).append("\">")
                .append(esc(m.text("report.more"))).append("</a></li>"));
        h.append("</ol></main></body></html>\n");
        return h.toString();
    }

    private static String image(String svg, String alt) {
        String data = Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8));
        return "<img src=\"data:image/svg+xml;base64," + data + "\" alt=\"" + esc(alt) + "\" width=\""
                + ChartRenderer.WIDTH + "\" height=\"" + ChartRenderer.HEIGHT + "\">";
    }

    private static String th(String text) {
        return "<th scope=\"col\">" + esc(text) + "</th>";
    }

    private static String td(String text) {
        return "<td>" + esc(text) + "</td>";
    }

    private static String esc(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
