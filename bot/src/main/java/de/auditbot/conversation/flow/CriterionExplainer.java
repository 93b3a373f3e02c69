package de.auditbot.conversation.flow;

import de.auditbot.audit.catalog.Principle;
import de.auditbot.conversation.ConversationState;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.CriterionMatch;
import de.auditbot.nlp.text.QuestionForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Answers a question about a principle with its explanation and the offer to assess it now.
 * When the match is unsure it offers the three most likely principles instead; a question with
 * no topic of its own during an audit ("Was heißt das?") is about the pending question. A remark
 * without a topic that the answer model takes for small talk asks about nothing when it is no
 * question ("the train was late again") or a question
 * put to the people in the room ("does anyone want coffee", {@link QuestionToTheRoom}): it goes to the answers, which say it
 * was no answer. Inside an audit the pending question is asked again afterwards.
 */
final class CriterionExplainer {

    private final CriterionFinder finder;
    private final AuditSteps audit;
    private final AnswerClarifier answers;

    CriterionExplainer(CriterionFinder finder, AuditSteps audit, AnswerClarifier answers) {
        this.finder = finder;
        this.audit = audit;
        this.answers = answers;
    }

    void explain(TurnContext ctx) {
        boolean inAudit = ctx.conversation().state() == ConversationState.AUDIT && ctx.audit().pending().isPresent();
        CriterionMatch match = finder.find(ctx.text(), ctx.intent().number(), ctx.catalog());
        if (match.sure()) {
            explain(ctx, ctx.catalog().principle(match.best()).orElseThrow(), inAudit);
        } else if (inAudit && !match.topical() && isSmallTalk(ctx)) {
            answers.answer(ctx);
        } else if (inAudit && !match.topical()) {
            int pending = ctx.catalog().question(ctx.audit().pending().get()).orElseThrow().principle();
            explain(ctx, ctx.catalog().principle(pending).orElseThrow(), true);
        } else {
            offerChoice(ctx, match.top(3), inAudit);
        }
    }

    private static boolean isSmallTalk(TurnContext ctx) {
        return ctx.intent().number() == null
                && (!QuestionForm.of(ctx.text()) || QuestionToTheRoom.of(ctx.text()))
                && ctx.answer().map(AnswerClassification::noAnswer).orElse(false);
    }

    private void explain(TurnContext ctx, Principle principle, boolean inAudit) {
        var messages = ctx.messages();
        String language = ctx.catalogLanguage();
        Map<String, Object> values = Map.of("number", principle.number(), "title", principle.title(language),
                "explanation", principle.text(language).explanation(), "why", principle.text(language).why());
        String checks = principle.questions().stream().map(q -> "• " + q.text().in(language))
                .collect(Collectors.joining("\n"));
        String text = messages.format("criterion.explain", values) + "\n"
                + messages.format("criterion.checks", Map.of("questions", checks, "link", principle.link()));
        if (inAudit) {
            ctx.say(text + "\n\n" + messages.format("criterion.offerInAudit", values),
                    List.of(messages.format("criterion.assessButton", values)));
            audit.repeat(ctx, messages.text("audit.continue"));
        } else if (ctx.conversation().state() == ConversationState.MENU) {
            ctx.say(text + "\n\n" + messages.text("criterion.offerInMenu"), messages.quickReplies("startAudit", "help"));
        } else {
            ctx.say(text + "\n\n" + messages.format("criterion.offerLater", values),
                    List.of(messages.format("criterion.assessButton", values)));
        }
    }

    private void offerChoice(TurnContext ctx, List<Integer> principles, boolean inAudit) {
        var messages = ctx.messages();
        List<String> lines = new ArrayList<>();
        List<String> buttons = new ArrayList<>();
        for (int number : principles) {
            Principle principle = ctx.catalog().principle(number).orElseThrow();
            Map<String, Object> values = Map.of("number", number, "title", principle.title(ctx.catalogLanguage()));
            lines.add(messages.format("criterion.option", values));
            buttons.add(messages.format("criterion.explainButton", values));
        }
        ctx.say(messages.text("criterion.choose") + "\n" + String.join("\n", lines), buttons);
        if (inAudit) {
            audit.repeat(ctx, messages.text("audit.continue"));
        }
    }
}
