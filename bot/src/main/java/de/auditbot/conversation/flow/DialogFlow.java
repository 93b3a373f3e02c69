package de.auditbot.conversation.flow;

import static de.auditbot.conversation.flow.Confirmation.isNo;
import static de.auditbot.conversation.flow.Confirmation.isYes;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.ResultViewFactory;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.IntentType;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dialog's entry point: help, status, language, criteria, privacy and the team's commands work
 * in every state; everything else goes to {@link StateSteps}, which knows what a message means in
 * the conversation's current state.
 */
@Component
public class DialogFlow {

    private final AuditSteps audit;
    private final CriterionExplainer criteria;
    private final StatusReport status = new StatusReport();
    private final PrivacySteps privacy;
    private final TeamCommands team;
    private final MenuPresenter menu;
    private final StateSteps states;

    public DialogFlow(ResultViewFactory resultViews, CriterionFinder criterionFinder, TeamHistory teamHistory,
            CatalogRegistry catalogs) {
        this.audit = new AuditSteps(resultViews, new CheckinSummary(teamHistory));
        AnswerClarifier answers = new AnswerClarifier(audit, criterionFinder);
        this.criteria = new CriterionExplainer(criterionFinder, audit, answers);
        this.privacy = new PrivacySteps(audit);
        this.team = new TeamCommands(audit, teamHistory, resultViews, catalogs);
        this.menu = new MenuPresenter(team);
        this.states = new StateSteps(audit, answers, team, menu);
    }

    /** Greets a new conversation and shows the menu. */
    public void open(TurnContext ctx) {
        menu.greet(ctx);
    }

    /** Answers one message. */
    public void respond(TurnContext ctx) {
        IntentType intent = team.intent(ctx);
        if (intent != IntentType.ANSWER) {
            // Asking back is about the message just before; anything else ends it.
            ctx.conversation().clarification(null);
        }
        if (ctx.conversation().state() == ConversationState.CONFIRM_DELETE) {
            privacy.confirm(ctx, intent == IntentType.DELETE_DATA || isYes(ctx),
                    intent == IntentType.RESUME || intent == IntentType.CANCEL || isNo(ctx));
            return;
        }
        if (team.chooseCatalog(ctx)) {
            return;
        }
        switch (intent) {
            case HELP -> help(ctx);
            case DELETE_DATA -> privacy.ask(ctx);
            case ASK_CRITERION -> criteria.explain(ctx);
            case STATUS -> status.report(ctx, audit);
            case LANGUAGE -> switchLanguage(ctx);
            case HISTORY, REPORT, WHY -> team.show(ctx, intent);
            default -> states.respond(ctx, intent);
        }
    }

    private void help(TurnContext ctx) {
        ConversationState state = ctx.conversation().state();
        if (state == ConversationState.AUDIT) {
            ctx.say(ctx.messages().text("help.audit"), List.of());
            audit.repeat(ctx, ctx.messages().text("audit.continue"));
        } else {
            ctx.say("help.general", Map.of(), state == ConversationState.MENU ? menu.buttons(ctx) : List.of());
        }
    }

    private void switchLanguage(TurnContext ctx) {
        ctx.conversation().language(ctx.intent().language());
        String switched = ctx.messages().text("language.switched");
        switch (ctx.conversation().state()) {
            case AUDIT -> audit.repeat(ctx, switched);
            case MENU -> ctx.say(switched, menu.buttons(ctx));
            default -> ctx.say(switched, List.of());
        }
    }
}
