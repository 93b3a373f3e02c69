package de.auditbot.conversation.flow;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.ResultViewFactory;
import de.auditbot.nlp.IntentType;
import java.util.List;
import java.util.Optional;

/**
 * What a team asks beyond one audit: check-ins, its history, reports, why a score is what it is,
 * and other catalogs. Kept apart from {@link DialogFlow} so that the audit's state machine stays
 * readable.
 */
final class TeamCommands {

    private final AuditSteps audit;
    private final CheckinSteps checkins;
    private final HistoryPresenter history;
    private final ReportOffer report;
    private final ScoreExplainer scores;
    private final CatalogChoice catalogs;

    TeamCommands(AuditSteps audit, TeamHistory teamHistory, ResultViewFactory resultViews, CatalogRegistry registry) {
        this.audit = audit;
        this.checkins = new CheckinSteps(teamHistory, audit);
        this.history = new HistoryPresenter(teamHistory);
        this.report = new ReportOffer(teamHistory, resultViews);
        this.scores = new ScoreExplainer(teamHistory);
        this.catalogs = new CatalogChoice(registry);
    }

    /**
     * The intent of the message, with a category named after a command ("Check-in Offenheit",
     * "warum Offenheit") recognised: the phrase lists only know whole messages.
     */
    IntentType intent(TurnContext ctx) {
        if (ctx.conversation().state() != ConversationState.AUDIT && CheckinSteps.asksForCategory(ctx)) {
            return IntentType.START_CHECKIN;
        }
        return CheckinSteps.asksForCategory(ctx, IntentType.WHY) ? IntentType.WHY : ctx.intent().type();
    }

    /** Starts an audit of a catalog chosen in the menu; false when the message chose none. */
    boolean chooseCatalog(TurnContext ctx) {
        ConversationState state = ctx.conversation().state();
        Optional<Catalog> chosen = state == ConversationState.MENU || state == ConversationState.RESULT
                ? catalogs.chosen(ctx) : Optional.empty();
        chosen.ifPresent(catalog -> {
            ctx.useCatalog(catalog);
            audit.start(ctx);
        });
        return chosen.isPresent();
    }

    /** History, report or why: anywhere, with the pending question asked again inside an audit. */
    void show(TurnContext ctx, IntentType intent) {
        switch (intent) {
            case HISTORY -> history.show(ctx);
            case REPORT -> report.offer(ctx);
            default -> scores.explain(ctx);
        }
        if (ctx.conversation().state() == ConversationState.AUDIT) {
            audit.repeat(ctx, ctx.messages().text("audit.continue"));
        }
    }

    void startCheckin(TurnContext ctx) {
        checkins.start(ctx);
    }

    List<String> catalogButtons(TurnContext ctx) {
        return catalogs.buttons(ctx);
    }
}
