package de.auditbot.conversation.flow;

import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a result as a chat message: overall score with coverage, each category with its
 * principles and traffic lights in words, then the next steps with their links. An interim
 * result leaves out the principles nobody has answered yet.
 */
final class ResultPresenter {

    String render(ResultView result, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format(result.finished() ? "result.title" : "result.interimTitle",
                Map.of("catalog", result.catalog().title())));
        lines.add(messages.format("result.overall", Map.of(
                "score", percent(result.overall().score(), messages),
                "answered", result.overall().answered(),
                "applicable", result.overall().applicable())));
        for (ResultView.CategoryView category : result.categories()) {
            lines.add("");
            lines.add(messages.format("result.category", Map.of(
                    "title", category.title(),
                    "score", percent(category.score(), messages),
                    "light", light(category.light(), messages))));
            result.principles().stream()
                    .filter(p -> p.category().equals(category.id()))
                    .filter(p -> result.finished() || !"OPEN".equals(p.light()))
                    .forEach(p -> lines.add(messages.format("result.principle", Map.of(
                            "number", p.number(),
                            "title", p.title(),
                            "score", percent(p.score(), messages),
                            "light", light(p.light(), messages),
                            "answered", p.answered(),
                            "applicable", p.applicable()))));
        }
        lines.add("");
        if (result.nextSteps().isEmpty()) {
            lines.add(messages.text("result.noNextSteps"));
        } else {
            lines.add(messages.text("result.nextSteps"));
            int i = 1;
            for (ResultView.NextStepView step : result.nextSteps()) {
                lines.add(messages.format("result.nextStep", Map.of(
                        "index", i++,
                        "number", step.principle(),
                        "title", step.title(),
                        "text", step.text(),
                        "link", step.link())));
            }
        }
        return String.join("\n", lines);
    }

    static String percent(Double score, Messages messages) {
        return score == null ? messages.text("result.noScore") : String.format(Locale.ROOT, "%d %%", Math.round(score * 100));
    }

    private static String light(String light, Messages messages) {
        return messages.text("light." + light);
    }
}
