package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.ResultViewFactory;
import de.auditbot.dialog.Messages;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.IntentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The dialog state machine: decides what a message means in the conversation's current state
 * and what happens. Help, status, language and the team's commands work everywhere; the rest
 * depends on the state.
 */
@Component
public class DialogFlow {

    private final AuditSteps audit;
    private final AnswerClarifier answers;
    private final CriterionExplainer criteria;
    private final StatusReport status = new StatusReport();
    private final PrivacySteps privacy;
    private final TeamCommands team;

    public DialogFlow(ResultViewFactory resultViews, CriterionFinder criterionFinder, TeamHistory teamHistory,
            CatalogRegistry catalogs) {
        this.audit = new AuditSteps(resultViews, new CheckinSummary(teamHistory));
        this.answers = new AnswerClarifier(audit);
        this.criteria = new CriterionExplainer(criterionFinder, audit);
        this.privacy = new PrivacySteps(audit);
        this.team = new TeamCommands(audit, teamHistory, resultViews, catalogs);
    }

    /** Greets a new conversation and shows the menu. */
    public void open(TurnContext ctx) {
        ctx.say("menu.greeting", Map.of("catalog", ctx.catalog().title().in(ctx.catalogLanguage())), menu(ctx));
    }

    /** Answers one message. */
    public void respond(TurnContext ctx) {
        ConversationState state = ctx.conversation().state();
        IntentType intent = team.intent(ctx);
        if (intent != IntentType.ANSWER) {
            // Asking back is about the message just before; anything else ends it.
            ctx.conversation().clarification(null);
        }
        if (state == ConversationState.CONFIRM_DELETE) {
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
            default -> {
                switch (state) {
                    case MENU -> inMenu(ctx, intent);
                    case AUDIT -> inAudit(ctx, intent);
                    case CONFIRM -> inConfirm(ctx, intent);
                    case PAUSED -> inPause(ctx, intent);
                    case RESULT -> inResult(ctx, intent);
                }
            }
        }
    }

    private void inMenu(TurnContext ctx, IntentType intent) {
        if (intent == IntentType.START_CHECKIN) {
            team.startCheckin(ctx);
        } else if (intent == IntentType.START_AUDIT || isYes(ctx)) {
            audit.start(ctx);
        } else if (intent == IntentType.GREETING) {
            open(ctx);
        } else if (intent == IntentType.ANSWER) {
            ctx.say("menu.notUnderstood", Map.of(), menu(ctx));
        } else {
            ctx.say("menu.noAudit", Map.of(), menu(ctx));
        }
    }

    private void inAudit(TurnContext ctx, IntentType intent) {
        switch (intent) {
            case ANSWER -> answers.answer(ctx);
            case SKIP -> audit.skip(ctx);
            case BACK -> audit.back(ctx);
            case CHANGE -> audit.change(ctx, ctx.intent().number());
            case RESULT -> audit.showInterimResult(ctx);
            case PAUSE -> {
                ctx.conversation().interrupt(ConversationState.PAUSED);
                ctx.say("pause.paused", Map.of(), ctx.messages().quickReplies("resume"));
            }
            case CANCEL -> {
                ctx.conversation().interrupt(ConversationState.CONFIRM);
                ctx.say("cancel.confirm", Map.of(), ctx.messages().quickReplies("confirmYes", "confirmNo"));
            }
            case START_AUDIT -> audit.repeat(ctx, ctx.messages().text("audit.alreadyRunning"));
            default -> audit.repeat(ctx, ctx.messages().text("audit.welcomeBack"));
        }
    }

    private void inConfirm(TurnContext ctx, IntentType intent) {
        if (intent == IntentType.CANCEL || isYes(ctx)) {
            ctx.conversation().audit(null);
            ctx.conversation().state(ConversationState.MENU);
            ctx.say("cancel.done", Map.of(), menu(ctx));
        } else if (isNo(ctx) || intent == IntentType.RESUME) {
            ctx.conversation().returnFromInterruption();
            audit.repeat(ctx, ctx.messages().text("cancel.kept"));
        } else {
            ctx.say("cancel.confirmAgain", Map.of(), ctx.messages().quickReplies("confirmYes", "confirmNo"));
        }
    }

    private void inPause(TurnContext ctx, IntentType intent) {
        switch (intent) {
            case RESUME, START_AUDIT, GREETING -> {
                ctx.conversation().returnFromInterruption();
                audit.repeat(ctx, ctx.messages().text("pause.resumed"));
            }
            case CHANGE -> {
                ctx.conversation().returnFromInterruption();
                audit.change(ctx, ctx.intent().number());
            }
            case RESULT -> audit.showInterimResult(ctx);
            case CANCEL -> {
                ctx.conversation().interrupt(ConversationState.CONFIRM);
                ctx.say("cancel.confirm", Map.of(), ctx.messages().quickReplies("confirmYes", "confirmNo"));
            }
            default -> ctx.say("pause.stillPaused", Map.of(), ctx.messages().quickReplies("resume"));
        }
    }

    private void inResult(TurnContext ctx, IntentType intent) {
        switch (intent) {
            case START_AUDIT -> audit.start(ctx);
            case START_CHECKIN -> team.startCheckin(ctx);
            case RESULT -> audit.showResult(ctx);
            case CHANGE -> audit.change(ctx, ctx.intent().number());
            case BACK -> audit.back(ctx);
            default -> ctx.say("result.done", Map.of(), ctx.messages().quickReplies("result", "newAudit", "help"));
        }
    }

    private void help(TurnContext ctx) {
        ConversationState state = ctx.conversation().state();
        if (state == ConversationState.AUDIT) {
            ctx.say(ctx.messages().text("help.audit"), List.of());
            audit.repeat(ctx, ctx.messages().text("audit.continue"));
        } else {
            ctx.say("help.general", Map.of(), state == ConversationState.MENU ? menu(ctx) : List.of());
        }
    }

    private void switchLanguage(TurnContext ctx) {
        ctx.conversation().language(ctx.intent().language());
        String switched = ctx.messages().text("language.switched");
        switch (ctx.conversation().state()) {
            case AUDIT -> audit.repeat(ctx, switched);
            case MENU -> ctx.say(switched, menu(ctx));
            default -> ctx.say(switched, List.of());
        }
    }

    private List<String> menu(TurnContext ctx) {
        Messages messages = ctx.messages();
        List<String> buttons = new ArrayList<>(messages.quickReplies("startAudit", "startCheckin"));
        buttons.addAll(team.catalogButtons(ctx));
        buttons.addAll(messages.quickReplies("help", "switchLanguage"));
        return buttons;
    }

    private static boolean isYes(TurnContext ctx) {
        return certainLevel(ctx) == AnswerLevel.FULFILLED;
    }

    private static boolean isNo(TurnContext ctx) {
        return certainLevel(ctx) == AnswerLevel.NOT_FULFILLED;
    }

    /** A yes or no to a confirmation counts only when the bot is sure of it. */
    private static AnswerLevel certainLevel(TurnContext ctx) {
        return ctx.answer().filter(AnswerClassification::certain).map(AnswerClassification::level).orElse(null);
    }
}
