package de.auditbot.conversation.flow;

import static de.auditbot.conversation.flow.Confirmation.isNo;
import static de.auditbot.conversation.flow.Confirmation.isYes;

import de.auditbot.conversation.ConversationState;
import de.auditbot.nlp.IntentType;
import java.util.Map;

/**
 * What a message means in the conversation's current state, once the commands that work
 * everywhere (help, status, language, the team's commands) are ruled out. A deletion waiting for
 * its confirmation is settled before, by {@link PrivacySteps}.
 */
final class StateSteps {

    private final AuditSteps audit;
    private final AnswerClarifier answers;
    private final TeamCommands team;
    private final MenuPresenter menu;

    StateSteps(AuditSteps audit, AnswerClarifier answers, TeamCommands team, MenuPresenter menu) {
        this.audit = audit;
        this.answers = answers;
        this.team = team;
        this.menu = menu;
    }

    void respond(TurnContext ctx, IntentType intent) {
        switch (ctx.conversation().state()) {
            case MENU -> inMenu(ctx, intent);
            case AUDIT -> inAudit(ctx, intent);
            case CONFIRM -> inConfirm(ctx, intent);
            case PAUSED -> inPause(ctx, intent);
            case RESULT -> inResult(ctx, intent);
        }
    }

    private void inMenu(TurnContext ctx, IntentType intent) {
        if (intent == IntentType.START_CHECKIN) {
            team.startCheckin(ctx);
        } else if (intent == IntentType.START_AUDIT || isYes(ctx)) {
            audit.start(ctx);
        } else if (intent == IntentType.GREETING) {
            menu.greet(ctx);
        } else if (intent == IntentType.ANSWER) {
            ctx.say("menu.notUnderstood", Map.of(), menu.buttons(ctx));
        } else {
            ctx.say("menu.noAudit", Map.of(), menu.buttons(ctx));
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
            case CANCEL -> askToCancel(ctx);
            case START_AUDIT -> audit.repeat(ctx, ctx.messages().text("audit.alreadyRunning"));
            default -> audit.repeat(ctx, ctx.messages().text("audit.welcomeBack"));
        }
    }

    private void inConfirm(TurnContext ctx, IntentType intent) {
        if (intent == IntentType.CANCEL || isYes(ctx)) {
            ctx.conversation().audit(null);
            ctx.conversation().state(ConversationState.MENU);
            ctx.say("cancel.done", Map.of(), menu.buttons(ctx));
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
            case CANCEL -> askToCancel(ctx);
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

    private static void askToCancel(TurnContext ctx) {
        ctx.conversation().interrupt(ConversationState.CONFIRM);
        ctx.say("cancel.confirm", Map.of(), ctx.messages().quickReplies("confirmYes", "confirmNo"));
    }
}
