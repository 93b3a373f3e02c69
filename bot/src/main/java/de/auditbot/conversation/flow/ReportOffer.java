package de.auditbot.conversation.flow;

import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.conversation.ResultView;
import de.auditbot.conversation.ResultViewFactory;
import java.util.List;

/**
 * Answers "Bericht" / "report": the team's standing as a result, which channels turn into report
 * downloads or uploads; the chat text only says what the report contains.
 */
final class ReportOffer {

    private final TeamHistory history;
    private final ResultViewFactory resultViews;

    ReportOffer(TeamHistory history, ResultViewFactory resultViews) {
        this.history = history;
        this.resultViews = resultViews;
    }

    void offer(TurnContext ctx) {
        TeamStanding finished = history.standing(ctx.conversation().teamKey(), ctx.catalog().id());
        TeamStanding now = ctx.conversation().audit().filter(a -> a.finishedAt() == null)
                .map(a -> finished.with(TeamHistory.answers(a))).orElse(finished);
        if (now.isEmpty()) {
            ctx.say(ctx.messages().text("report.none"), List.of());
            return;
        }
        boolean complete = now == finished;
        ResultView view = resultViews.create(ctx.catalog(), now.levels(), complete, ctx.catalogLanguage(),
                ctx.messages());
        ctx.sayResult(ctx.messages().text("report.chat"), List.of(), view);
    }
}
