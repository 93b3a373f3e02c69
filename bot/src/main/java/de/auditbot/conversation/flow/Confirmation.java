package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.nlp.AnswerClassification;

/**
 * Reads a yes or a no to a question the bot asked for confirmation ("really cancel?"). It counts
 * only when the bot is sure of it.
 */
final class Confirmation {

    private Confirmation() {
    }

    static boolean isYes(TurnContext ctx) {
        return certainLevel(ctx) == AnswerLevel.FULFILLED;
    }

    static boolean isNo(TurnContext ctx) {
        return certainLevel(ctx) == AnswerLevel.NOT_FULFILLED;
    }

    private static AnswerLevel certainLevel(TurnContext ctx) {
        return ctx.answer().filter(AnswerClassification::certain).map(AnswerClassification::level).orElse(null);
    }
}
