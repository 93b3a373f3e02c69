package de.auditbot.channel.matrix;

import de.auditbot.conversation.ResultView;
import de.auditbot.conversation.ResultView.CategoryView;
import de.auditbot.conversation.ResultView.NextStepView;
import de.auditbot.conversation.ResultView.PrincipleView;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import java.util.Map;

/**
 * The result as HTML for Matrix clients: one table per category with a traffic light per
 * principle, then the next steps. Only tags that Matrix clients allow in {@code formatted_body}.
 */
final class ResultTables {

    private static final Map<String, String> LIGHTS = Map.of(
            "GREEN", "🟢", "AMBER", "🟡", "RED", "🔴", "OPEN", "⚪", "NOT_APPLICABLE", "➖");

    private final DialogTexts texts;

    ResultTables(DialogTexts texts) {
        this.texts = texts;
    }

    String html(ResultView result, String language) {
        Messages messages = texts.messages(language);
        StringBuilder html = new StringBuilder();
        for (CategoryView category : result.categories()) {
            html.append("<h4>").append(light(category.light(), messages)).append(' ')
                    .append(Html.escape(category.title())).append(" – ").append(score(category.score(), messages))
                    .append("</h4><table><thead><tr><th>")
                    .append(Html.escape(messages.text("matrix.result.principle"))).append("</th><th>")
                    .append(Html.escape(messages.text("matrix.result.light"))).append("</th><th>")
                    .append(Html.escape(messages.text("matrix.result.score"))).append("</th><th>")
                    .append(Html.escape(messages.text("matrix.result.answered"))).append("</th></tr></thead><tbody>");
            for (PrincipleView p : result.principles()) {
                if (p.category().equals(category.id())) {
                    html.append("<tr><td>").append(p.number()).append(". ").append(Html.escape(p.title()))
                            .append("</td><td>").append(light(p.light(), messages))
                            .append("</td><td>").append(score(p.score(), messages))
                            .append("</td><td>").append(p.answered()).append('/').append(p.applicable())
                            .append("</td></tr>");
                }
            }
            html.append("</tbody></table>");
        }
        if (!result.nextSteps().isEmpty()) {
            html.append("<h4>").append(Html.escape(messages.text("matrix.result.nextSteps"))).append("</h4><ol>");
            for (NextStepView step : result.nextSteps()) {
                html.append("<li><strong>").append(step.principle()).append(". ").append(Html.escape(step.title()))
                        .append("</strong>: ").append(Html.escape(step.text()));
                if (step.link() != null && step.link().startsWith("https://")) {
                    html.append(" <a href=\"").append(Html.escape(step.link())).append("\">")
                            .append(Html.escape(messages.text("matrix.result.more"))).append("</a>");
                }
                html.append("</li>");
            }
            html.append("</ol>");
        }
        return html.toString();
    }

    private static String light(String light, Messages messages) {
        return LIGHTS.getOrDefault(light, "") + " " + Html.escape(messages.text("light." + light));
    }

    private static String score(Double score, Messages messages) {
        return score == null ? Html.escape(messages.text("result.noScore")) : Math.round(score * 100) + " %";
    }
}
