package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.Audit;
import de.auditbot.audit.AuditKind;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.ResultViewFactory;
import de.auditbot.dialog.Messages;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What happens inside an audit: start, answer, skip, go back, correct a principle, finish.
 */
final class AuditSteps {

    private final QuestionPresenter questions = new QuestionPresenter();
    private final ResultPresenter results = new ResultPresenter();
    private final ResultViewFactory resultViews;
    private final CheckinSummary checkinSummary;

    AuditSteps(ResultViewFactory resultViews, CheckinSummary checkinSummary) {
        this.resultViews = resultViews;
        this.checkinSummary = checkinSummary;
    }

    void start(TurnContext ctx) {
        Messages messages = ctx.messages();
        begin(ctx, Audit.start(ctx.catalog(), ctx.now()), messages.format("audit.start", Map.of(
                "catalog", ctx.catalog().title().in(ctx.catalogLanguage()),
                "principles", ctx.catalog().principles().size(),
                "questions", ctx.catalog().questions().size())));
    }

    /** Makes the audit the conversation's running one and asks its first question. */
    void begin(TurnContext ctx, Audit audit, String lead) {
        ctx.conversation().audit(audit);
        ctx.conversation().state(ConversationState.AUDIT);
        audit.advance(ctx.catalog());
        questions.ask(ctx, lead);
    }

    /**
     * Records an answer to the pending question and moves on.
     *
     * @param note      the team's own words kept with the answer
     * @param confirmed whether the team confirmed the level after the bot asked back
     */
    void answer(TurnContext ctx, AnswerLevel answer, double confidence, String note, boolean confirmed) {
        Audit audit = ctx.audit();
        Question question = ctx.catalog().question(audit.pending().orElseThrow()).orElseThrow();
        boolean correction = audit.currentAnswers().containsKey(question.id());
        audit.answer(new AnswerRecord(question.id(), question.principle(), answer, note, ctx.senderId(), ctx.now(),
                confidence, confirmed));
        String level = ctx.messages().text("level." + answer.name());
        String lead = ctx.messages().format(correction ? "audit.corrected" : "audit.recorded", Map.of("level", level));
        next(ctx, lead);
    }

    void skip(TurnContext ctx) {
        skip(ctx, ctx.messages().text("audit.skipped"));
    }

    void skip(TurnContext ctx, String lead) {
        ctx.audit().skip();
        next(ctx, lead);
    }

    void back(TurnContext ctx) {
        if (ctx.audit().back()) {
            ctx.conversation().state(ConversationState.AUDIT);
            questions.ask(ctx, ctx.messages().text("audit.back"));
        } else {
            questions.repeat(ctx, ctx.messages().text("audit.noPrevious"));
        }
    }

    void change(TurnContext ctx, Integer number) {
        Optional<Principle> principle = number == null ? Optional.empty() : ctx.catalog().principle(number);
        if (principle.isEmpty()) {
            String text = ctx.messages().format("audit.noSuchPrinciple", Map.of(
                    "number", number == null ? "?" : number,
                    "count", ctx.catalog().principles().size()));
            if (ctx.conversation().state() == ConversationState.AUDIT) {
                questions.repeat(ctx, text);
            } else {
                ctx.say(text, ctx.messages().quickReplies("result", "help"));
            }
            return;
        }
        ctx.audit().revisit(principle.get());
        ctx.conversation().state(ConversationState.AUDIT);
        questions.ask(ctx, ctx.messages().format("audit.change", Map.of(
                "number", number, "title", principle.get().title(ctx.catalogLanguage()))));
    }

    /** Asks the pending question again, e.g. after help or status. */
    void repeat(TurnContext ctx, String lead) {
        questions.repeat(ctx, lead);
    }

    void repeat(TurnContext ctx, String lead, List<String> firstButtons) {
        questions.repeat(ctx, lead, firstButtons);
    }

    void showResult(TurnContext ctx) {
        var view = resultViews.create(ctx.catalog(), ctx.audit(), ctx.catalogLanguage(), ctx.messages());
        ctx.sayResult(results.render(view, ctx.messages()), ctx.messages().quickReplies("newAudit", "help"), view);
    }

    void showInterimResult(TurnContext ctx) {
        if (!ctx.audit().hasAnswers()) {
            questions.repeat(ctx, ctx.messages().text("result.none"));
            return;
        }
        var view = resultViews.create(ctx.catalog(), ctx.audit(), ctx.catalogLanguage(), ctx.messages());
        ctx.sayResult(results.render(view, ctx.messages()), List.of(), view);
        if (ctx.conversation().state() == ConversationState.AUDIT) {
            questions.repeat(ctx, ctx.messages().text("audit.continue"));
        }
    }

    private void next(TurnContext ctx, String lead) {
        Audit audit = ctx.audit();
        if (audit.advance(ctx.catalog()).isPresent()) {
            questions.ask(ctx, lead);
            return;
        }
        audit.finish(ctx.now());
        ctx.finished(audit);
        ctx.conversation().state(ConversationState.RESULT);
        if (audit.kind() == AuditKind.CHECKIN) {
            checkinSummary.summarise(ctx, lead);
            return;
        }
        ctx.say(lead + "\n\n" + ctx.messages().text("audit.finished"), List.of());
        showResult(ctx);
    }
}
