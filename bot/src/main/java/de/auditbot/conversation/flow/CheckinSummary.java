package de.auditbot.conversation.flow;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.audit.history.Trend;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.NextStepPlanner;
import de.auditbot.audit.scoring.ScoreCalculator;
import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Ends a check-in with what changed since last time, per principle asked and overall, and the one
 * next step that matters most among them. The run itself is kept after the turn, so the stored
 * history is still the standing before it.
 */
final class CheckinSummary {

    private final TeamHistory history;
    private final ScoreCalculator calculator = new ScoreCalculator();
    private final NextStepPlanner planner = new NextStepPlanner();

    CheckinSummary(TeamHistory history) {
        this.history = history;
    }

    void summarise(TurnContext ctx, String lead) {
        Catalog catalog = ctx.catalog();
        Audit checkin = ctx.audit();
        Messages messages = ctx.messages();
        TeamStanding before = history.standing(ctx.conversation().teamKey(), catalog.id());
        TeamStanding after = before.with(TeamHistory.answers(checkin));
        AuditScore was = calculator.calculate(catalog, before.levels());
        AuditScore now = calculator.calculate(catalog, after.levels());
        List<String> lines = new ArrayList<>();
        lines.add(lead);
        lines.add("");
        lines.add(messages.text("checkin.finished"));
        for (int number : checkin.scope()) {
            Double old = was.principle(number).score().value();
            Double score = now.principle(number).score().value();
            lines.add(messages.format("checkin.change", Map.of("arrow", Trend.between(old, score).arrow(),
                    "number", number, "title", catalog.principle(number).orElseThrow().title(ctx.catalogLanguage()),
                    "before", ResultPresenter.percent(old, messages), "after", ResultPresenter.percent(score, messages))));
        }
        lines.add(messages.format("checkin.overall", Map.of(
                "arrow", Trend.between(was.overall().value(), now.overall().value()).arrow(),
                "before", ResultPresenter.percent(was.overall().value(), messages),
                "after", ResultPresenter.percent(now.overall().value(), messages))));
        lines.add("");
        lines.add(planner.plan(catalog, now).stream()
                .filter(step -> checkin.scope().contains(step.principle()))
                .findFirst()
                .map(step -> {
                    var text = catalog.principle(step.principle()).orElseThrow().text(ctx.catalogLanguage());
                    String advice = switch (step.kind()) {
                        case NOT_FULFILLED -> text.nextStepNotFulfilled();
                        case PARTIAL -> text.nextStepPartial();
                        case CLARIFY -> messages.format("result.clarify", Map.of("title", text.title()));
                    };
                    return messages.format("checkin.action", Map.of("number", step.principle(),
                            "title", text.title(), "text", advice, "link", step.link()));
                })
                .orElse(messages.text("checkin.noAction")));
        ctx.say(String.join("\n", lines), messages.quickReplies("history", "report", "help"));
    }
}
