package de.auditbot.conversation.flow;

import de.auditbot.conversation.ConversationState;
import java.util.List;
import java.util.Map;

/**
 * "Meine Daten löschen" / "delete my data": asks for a confirmation, then has everything stored
 * for the team deleted after the turn. Anything but a clear yes keeps the data.
 */
final class PrivacySteps {

    private final AuditSteps audit;

    PrivacySteps(AuditSteps audit) {
        this.audit = audit;
    }

    void ask(TurnContext ctx) {
        ctx.conversation().interrupt(ConversationState.CONFIRM_DELETE);
        ctx.say("privacy.confirm", Map.of(), ctx.messages().quickReplies("deleteYes", "deleteNo"));
    }

    /** The answer to the confirmation; true when the data is to go. */
    void confirm(TurnContext ctx, boolean yes, boolean no) {
        if (yes) {
            ctx.conversation().audit(null);
            ctx.conversation().state(ConversationState.MENU);
            ctx.eraseTeamData();
            ctx.say(ctx.messages().text("privacy.deleted"), List.of());
        } else if (no) {
            ctx.conversation().returnFromInterruption();
            if (ctx.conversation().state() == ConversationState.AUDIT) {
                audit.repeat(ctx, ctx.messages().text("privacy.kept"));
            } else {
                ctx.say(ctx.messages().text("privacy.kept"), List.of());
            }
        } else {
            ctx.say("privacy.confirmAgain", Map.of(), ctx.messages().quickReplies("deleteYes", "deleteNo"));
        }
    }
}
