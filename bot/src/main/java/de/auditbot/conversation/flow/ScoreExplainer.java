package de.auditbot.conversation.flow;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Category;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.history.RunAnswer;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.ScoreCalculator;
import de.auditbot.dialog.Messages;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers "warum?" / "why": the answers behind a principle's score (who, when, in which words,
 * which level, which links), or behind each principle of a named category. Without a principle
 * or category it explains the principle being asked, or asks which one is meant.
 */
final class ScoreExplainer {

    private final TeamHistory history;
    private final ScoreCalculator calculator = new ScoreCalculator();

    ScoreExplainer(TeamHistory history) {
        this.history = history;
    }

    void explain(TurnContext ctx) {
        Catalog catalog = ctx.catalog();
        Messages messages = ctx.messages();
        TeamStanding finished = history.standing(ctx.conversation().teamKey(), catalog.id());
        TeamStanding standing = ctx.conversation().audit().filter(a -> a.finishedAt() == null)
                .map(a -> finished.with(TeamHistory.answers(a))).orElse(finished);
        AuditScore score = calculator.calculate(catalog, standing.levels());
        Category category = CheckinSteps.categoryNamed(ctx.text(), catalog);
        List<Principle> principles = new ArrayList<>();
        if (ctx.intent().number() != null) {
            catalog.principle(ctx.intent().number()).ifPresent(principles::add);
        } else if (category != null) {
            principles.addAll(category.principles());
        } else if (ctx.conversation().audit().flatMap(a -> a.pending()).isPresent()) {
            String pending = ctx.audit().pending().orElseThrow();
            principles.add(catalog.principle(catalog.question(pending).orElseThrow().principle()).orElseThrow());
        }
        if (principles.isEmpty()) {
            ctx.say(messages.text("why.which"), List.of());
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Principle principle : principles) {
            lines.add(messages.format("why.principle", Map.of("number", principle.number(),
                    "title", principle.title(ctx.catalogLanguage()),
                    "score", ResultPresenter.percent(score.principle(principle.number()).score().value(), messages))));
            List<RunAnswer> answers = standing.answersOf(principle.number());
            if (answers.isEmpty()) {
                lines.add(messages.text("why.none"));
            }
            for (RunAnswer answer : answers) {
                lines.add(messages.format("why.answer", Map.of(
                        "question", catalog.question(answer.questionId())
                                .map(q -> q.text().in(ctx.catalogLanguage())).orElse(answer.questionId()),
                        "level", messages.text("level." + answer.level().name()),
                        "who", answer.senderId() == null ? "?" : answer.senderId(),
                        "date", answer.at().atZone(ZoneOffset.UTC).toLocalDate(),
                        "words", answer.text() == null ? "" : answer.text())));
                answer.evidence().forEach(link -> lines.add(messages.format("why.evidence", Map.of("link", link))));
            }
        }
        ctx.say(String.join("\n", lines), List.of());
    }
}
