package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.conversation.Clarification;
import de.auditbot.nlp.AnswerClassification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers a command the team may have meant, when a message at a pending question is not plainly an
 * answer: beside the likeliest levels when it may be either ("die Tests überspringen wir meistens"),
 * or before the question asked again when it is no answer at all ("mein Kollege ist heute krank"
 * and Pause). Nothing is recorded until the team chooses.
 */
final class CommandOffers {

    private final AuditSteps audit;

    CommandOffers(AuditSteps audit) {
        this.audit = audit;
    }

    /**
     * Small talk is no answer: no level to suggest, nothing kept as a note. If the message may have
     * meant a command, its button comes first.
     */
    void notAnAnswer(TurnContext ctx, Optional<String> command) {
        var messages = ctx.messages();
        if (command.isEmpty()) {
            audit.repeat(ctx, messages.text("audit.notAnAnswer"));
            return;
        }
        String commandLabel = messages.quickReply(command.get());
        audit.repeat(ctx, messages.format("audit.notAnAnswerOrCommand", Map.of("command", commandLabel)),
                List.of(commandLabel));
    }

    /**
     * The message may be a command or an answer: the command's button beside the likeliest levels,
     * kept as a clarification of the pending question so that a chosen level is recorded with the
     * first message as the team's note.
     */
    void commandOrAnswer(TurnContext ctx, String questionId, AnswerClassification answer, String command) {
        List<AnswerLevel> ranking = answer.ranking();
        Clarification clarification = new Clarification(questionId, ctx.text(),
                ranking.subList(0, Math.min(2, ranking.size())), answer.confidence(), 1);
        ctx.conversation().clarification(clarification);
        var messages = ctx.messages();
        String commandLabel = messages.quickReply(command);
        List<String> buttons = new ArrayList<>();
        buttons.add(commandLabel);
        clarification.suggestions().forEach(l -> buttons.add(QuestionPresenter.levelButton(messages, l)));
        if (!command.equals("skip")) {
            buttons.add(messages.quickReply("skip"));
        }
        ctx.say(messages.format("audit.commandOrAnswer", Map.of("command", commandLabel,
                "first", messages.text("level." + clarification.suggestions().get(0).name()))), buttons);
    }
}
