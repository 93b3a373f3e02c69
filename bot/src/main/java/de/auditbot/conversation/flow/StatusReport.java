package de.auditbot.conversation.flow;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.conversation.ConversationState;
import java.util.List;
import java.util.Map;

/**
 * Answers "status": how far the audit is, and where it stands now.
 */
final class StatusReport {

    void report(TurnContext ctx, AuditSteps audit) {
        var messages = ctx.messages();
        var conversation = ctx.conversation();
        if (conversation.audit().isEmpty()) {
            ctx.say("status.noAudit", Map.of(), messages.quickReplies("startAudit", "help"));
            return;
        }
        Audit current = ctx.audit();
        int answered = current.currentAnswers().size();
        int total = ctx.catalog().questions().size();
        long skipped = ctx.catalog().questions().stream()
                .filter(q -> current.skipCount(q.id()) > 0 && !current.currentAnswers().containsKey(q.id()))
                .count();
        String summary = messages.format("status.progress", Map.of(
                "answered", answered,
                "total", total,
                "percent", Math.round(100.0 * answered / total),
                "skipped", skipped));
        String state = messages.text("status.state." + conversation.state().name());
        if (conversation.state() == ConversationState.AUDIT && current.pending().isPresent()) {
            Principle principle = ctx.catalog().question(current.pending().get())
                    .flatMap(q -> ctx.catalog().principle(q.principle())).orElseThrow();
            String where = messages.format("status.current", Map.of(
                    "number", principle.number(),
                    "title", principle.title(ctx.catalogLanguage()),
                    "category", ctx.catalog().categoryOf(principle).title().in(ctx.catalogLanguage())));
            audit.repeat(ctx, summary + "\n" + where);
            return;
        }
        ctx.say(summary + "\n" + state, List.of());
    }
}
