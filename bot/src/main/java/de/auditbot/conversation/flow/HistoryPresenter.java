package de.auditbot.conversation.flow;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.history.AuditRun;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.audit.history.Trend;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.ScoreCalculator;
import de.auditbot.dialog.Messages;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers "Verlauf" / "history": the team's overall standing after each run, then every principle
 * with its arrow against the standing before the latest run.
 */
final class HistoryPresenter {

    private final TeamHistory history;
    private final ScoreCalculator calculator = new ScoreCalculator();

    HistoryPresenter(TeamHistory history) {
        this.history = history;
    }

    void show(TurnContext ctx) {
        Catalog catalog = ctx.catalog();
        Messages messages = ctx.messages();
        List<AuditRun> runs = history.runs(ctx.conversation().teamKey(), catalog.id());
        if (runs.isEmpty()) {
            ctx.say(messages.text("history.none"), List.of());
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("history.title", Map.of("catalog", catalog.title().in(ctx.catalogLanguage()))));
        Double previous = null;
        AuditScore before = calculator.calculate(catalog, Map.of());
        AuditScore after = before;
        for (int i = 0; i < runs.size(); i++) {
            before = after;
            after = calculator.calculate(catalog, TeamStanding.of(runs.subList(0, i + 1)).levels());
            AuditRun run = runs.get(i);
            Double overall = after.overall().value();
            lines.add(messages.format("history.run", Map.of(
                    "date", run.finishedAt().atZone(ZoneOffset.UTC).toLocalDate(),
                    "kind", messages.text("history.kind." + run.kind().name()),
                    "score", ResultPresenter.percent(overall, messages),
                    "arrow", Trend.between(previous, overall).arrow())));
            previous = overall;
        }
        lines.add("");
        lines.add(messages.text("history.principles"));
        for (Principle principle : catalog.principles()) {
            Double was = before.principle(principle.number()).score().value();
            Double now = after.principle(principle.number()).score().value();
            lines.add(messages.format("history.principle", Map.of(
                    "arrow", Trend.between(was, now).arrow(),
                    "number", principle.number(),
                    "title", principle.title(ctx.catalogLanguage()),
                    "score", ResultPresenter.percent(now, messages))));
        }
        ctx.say(String.join("\n", lines), List.of());
    }
}
