package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.conversation.Clarification;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.CriterionMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Offers a command the team may have meant, when a message at a pending question is not plainly an
 * answer: beside the likeliest levels when it may be either ("die Tests überspringen wir meistens"),
 * or before the question asked again when it is no answer at all ("mein Kollege ist heute krank"
 * and Pause). A question that may as well be an answer ("muss das barrierefrei sein") is offered
 * the same way, with the button that explains the principle it is about. Nothing is recorded until
 * the team chooses.
 */
final class CommandOffers {

    private final AuditSteps audit;
    private final CriterionFinder finder;

    CommandOffers(AuditSteps audit, CriterionFinder finder) {
        this.audit = audit;
        this.finder = finder;
    }

    /**
     * A message worded as a question that the intent model still takes for an answer: the button
     * that explains the principle it asks about (the pending question's, when it names no topic)
     * comes first, then as for a command.
     */
    void questionOrAnswer(TurnContext ctx, String questionId, AnswerClassification answer) {
        CriterionMatch match = finder.find(ctx.text(), null, ctx.catalog());
        int principle = match.topical() ? match.best()
                : ctx.catalog().question(questionId).orElseThrow().principle();
        String explain = ctx.messages().format("criterion.explainButton", Map.of("number", principle));
        if (answer.noAnswer()) {
            audit.repeat(ctx, ctx.messages().format("audit.notAnAnswerOrQuestion", Map.of("command", explain)),
                    List.of(explain));
        } else {
            offer(ctx, questionId, answer, explain, "audit.questionOrAnswer");
        }
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
        String commandLabel = ctx.messages().quickReply(command);
        offer(ctx, questionId, answer, commandLabel, "audit.commandOrAnswer");
    }

    private void offer(TurnContext ctx, String questionId, AnswerClassification answer, String first, String text) {
        List<AnswerLevel> ranking = answer.ranking();
        Clarification clarification = new Clarification(questionId, ctx.text(),
                ranking.subList(0, Math.min(2, ranking.size())), answer.confidence(), 1);
        ctx.conversation().clarification(clarification);
        var messages = ctx.messages();
        List<String> buttons = new ArrayList<>();
        buttons.add(first);
        clarification.suggestions().forEach(l -> buttons.add(QuestionPresenter.levelButton(messages, l)));
        String skip = messages.quickReply("skip");
        if (!first.equals(skip)) {
            buttons.add(skip);
        }
        ctx.say(messages.format(text, Map.of("command", first,
                "first", messages.text("level." + clarification.suggestions().get(0).name()))), buttons);
    }
}
