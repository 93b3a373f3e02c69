package de.auditbot.conversation;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.PrincipleText;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.NextStep;
import de.auditbot.audit.scoring.NextStepPlanner;
import de.auditbot.audit.scoring.ScoreCalculator;
import de.auditbot.dialog.Messages;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scores an audit and puts the result into words of one language.
 */
@Component
public class ResultViewFactory {

    private final ScoreCalculator calculator = new ScoreCalculator();
    private final NextStepPlanner planner = new NextStepPlanner();

    public ResultView create(Catalog catalog, Audit audit, String language, Messages messages) {
        return create(catalog, audit.currentLevels(), audit.finishedAt() != null, language, messages);
    }

    /** The result of answers from anywhere, e.g. a team's standing over several runs. */
    public ResultView create(Catalog catalog, Map<String, AnswerLevel> levels, boolean finished, String language,
            Messages messages) {
        AuditScore score = calculator.calculate(catalog, levels);
        var categories = score.categories().stream().map(c -> {
            var category = catalog.categories().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
            return new ResultView.CategoryView(c.id(), category.title().in(language), c.score().value(),
                    c.score().answered(), c.score().applicable(), c.light().name());
        }).toList();
        var principles = score.principles().stream().map(p -> new ResultView.PrincipleView(p.number(),
                title(catalog, p.number(), language), p.categoryId(), p.score().value(), p.score().answered(),
                p.score().applicable(), p.light().name())).toList();
        List<ResultView.NextStepView> steps = planner.plan(catalog, score).stream()
                .map(step -> nextStep(catalog, step, language, messages))
                .toList();
        var overall = new ResultView.Overall(score.overall().value(), score.overall().answered(),
                score.overall().applicable());
        return new ResultView(new ResultView.CatalogRef(catalog.id(), catalog.version(), catalog.title().in(language)),
                overall, categories, principles, steps, finished);
    }

    private static ResultView.NextStepView nextStep(Catalog catalog, NextStep step, String language,
            Messages messages) {
        Principle principle = catalog.principle(step.principle()).orElseThrow();
        PrincipleText text = principle.text(language);
        String advice = switch (step.kind()) {
            case NOT_FULFILLED -> text.nextStepNotFulfilled();
            case PARTIAL -> text.nextStepPartial();
            case CLARIFY -> messages.format("result.clarify", Map.of("title", text.title()));
        };
        return new ResultView.NextStepView(step.principle(), text.title(), advice, step.link());
    }

    private static String title(Catalog catalog, int number, String language) {
        return catalog.principle(number).orElseThrow().title(language);
    }
}
