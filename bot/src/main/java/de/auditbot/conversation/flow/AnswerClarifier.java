package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.conversation.Clarification;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.CriterionFinder;
import de.auditbot.nlp.IntentType;
import de.auditbot.nlp.candidates.TrainingCandidate;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Records answers the bot is sure of and asks back on the others: first with the two most likely
 * levels, after a second unclear message with all five, and after a third it leaves the question
 * open for later instead of asking again. A message the model takes for no answer (small talk)
 * gets the pending question again with the five levels; while a question is being asked back on,
 * it counts as one more unclear message. A command the message may have meant is offered by
 * {@link CommandOffers}. Nothing is recorded that the team did not give or confirm;
 * the first free text stays with the answer as the team's note.
 */
final class AnswerClarifier {

    /** Unclear messages after which the question is left open rather than asked about again. */
    static final int MAX_TRIES = 3;

    private final AuditSteps audit;
    private final CommandOffers commands;
    private final TextNormalizer normalizer = new TextNormalizer();

    AnswerClarifier(AuditSteps audit, CriterionFinder finder) {
        this.audit = audit;
        this.commands = new CommandOffers(audit, finder);
    }

    void answer(TurnContext ctx) {
        String questionId = ctx.audit().pending().orElseThrow();
        Optional<Clarification> open = ctx.conversation().clarification().filter(c -> c.questionId().equals(questionId));
        ctx.conversation().clarification(null);
        Optional<AnswerClassification> answer = ctx.answer();
        Optional<String> command = CommandButtons.key(ctx.intent().alternative());
        if (command.isPresent() && answer.isPresent() && !answer.get().noAnswer()) {
            commands.commandOrAnswer(ctx, questionId, answer.get(), command.get());
        } else if (ctx.intent().alternative() == IntentType.ASK_CRITERION && answer.isPresent()) {
            // also while asking back: a question is not one more unclear try at the answer
            commands.questionOrAnswer(ctx, questionId, answer.get());
        } else if (open.isPresent()) {
            resolve(ctx, open.get(), answer);
        } else if (answer.isPresent() && answer.get().noAnswer()) {
            commands.notAnAnswer(ctx, command);
        } else if (answer.isPresent() && answer.get().certain()) {
            audit.answer(ctx, answer.get().level(), answer.get().confidence(), ctx.text(), false);
        } else if (answer.isPresent()) {
            List<AnswerLevel> ranking = answer.get().ranking();
            askBack(ctx, new Clarification(questionId, ctx.text(), ranking.subList(0, Math.min(2, ranking.size())),
                    answer.get().confidence(), 1));
        } else {
            ctx.say("audit.notUnderstood", Map.of(), QuestionPresenter.answerButtons(ctx.messages()));
        }
    }

    private void resolve(TurnContext ctx, Clarification open, Optional<AnswerClassification> answer) {
        Optional<AnswerLevel> chosen = answer.flatMap(a -> chosen(ctx, open, a));
        if (chosen.isPresent()) {
            audit.answer(ctx, chosen.get(), open.confidence(), open.text(), true);
            ctx.learn(TrainingCandidate.of(open.text(), chosen.get().name(), open.suggestions().get(0).name(),
                    open.confidence(), ctx.conversation().language(), ctx.now(), ctx.conversation().id()));
        } else if (answer.isPresent() && answer.get().certain() && !isExact(answer.get())) {
            // A new sentence the model is sure of is an answer in its own right.
            audit.answer(ctx, answer.get().level(), answer.get().confidence(), ctx.text(), false);
        } else if (open.tries() + 1 >= MAX_TRIES) {
            audit.skip(ctx, ctx.messages().text("audit.clarifyGaveUp"));
        } else {
            askBack(ctx, open.unclearAgain());
        }
    }

    /**
     * The level a reply to "sounds like X, right?" chooses: a level named exactly, or the first
     * suggestion on a plain "ja"/"yes". A plain "nein" rejects without choosing.
     */
    private Optional<AnswerLevel> chosen(TurnContext ctx, Clarification open, AnswerClassification reply) {
        if (!isExact(reply)) {
            return Optional.empty();
        }
        String said = normalizer.normalize(ctx.text());
        boolean namesLevel = said.equals(normalizer.normalize(ctx.messages().text("level." + reply.level().name())));
        if (namesLevel) {
            return Optional.of(reply.level());
        }
        return switch (reply.level()) {
            case FULFILLED -> Optional.of(open.suggestions().get(0));
            case NOT_FULFILLED -> Optional.empty();
            default -> Optional.of(reply.level());
        };
    }

    private void askBack(TurnContext ctx, Clarification clarification) {
        ctx.conversation().clarification(clarification);
        var messages = ctx.messages();
        List<AnswerLevel> offered = clarification.tries() == 1 ? clarification.suggestions()
                : Arrays.asList(AnswerLevel.values());
        List<String> buttons = new ArrayList<>(
                offered.stream().map(l -> QuestionPresenter.levelButton(messages, l)).toList());
        buttons.add(messages.quickReply("skip"));
        if (clarification.tries() == 1) {
            List<AnswerLevel> s = clarification.suggestions();
            ctx.say(messages.format(s.size() > 1 ? "audit.clarify" : "audit.clarifyOne", Map.of(
                    "first", messages.text("level." + s.get(0).name()),
                    "second", messages.text("level." + s.get(s.size() - 1).name()))), buttons);
        } else {
            ctx.say(messages.text("audit.clarifyAll"), buttons);
        }
    }

    private static boolean isExact(AnswerClassification answer) {
        return answer.certain() && answer.ranking().size() == 1;
    }
}
