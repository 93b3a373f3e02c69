package de.auditbot.report;

import de.auditbot.audit.AuditKind;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.history.AuditRun;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.audit.history.Trend;
import de.auditbot.audit.scoring.AuditScore;
import de.auditbot.audit.scoring.ScoreCalculator;
import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ResultView;
import de.auditbot.conversation.ResultViewFactory;
import de.auditbot.dialog.DialogTexts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Builds a conversation's team report: the finished runs of its team, with the answers of an
 * audit still running in the conversation on top, so that a report never lags behind the chat.
 */
@Component
public class TeamReportFactory {

    private final CatalogRegistry catalogs;
    private final TeamHistory history;
    private final ResultViewFactory results;
    private final DialogTexts texts;
    private final Clock clock;
    private final ScoreCalculator calculator = new ScoreCalculator();

    public TeamReportFactory(CatalogRegistry catalogs, TeamHistory history, ResultViewFactory results,
            DialogTexts texts, Clock clock) {
        this.catalogs = catalogs;
        this.history = history;
        this.results = results;
        this.texts = texts;
        this.clock = clock;
    }

    /** The report, or empty when the team has not answered anything yet. */
    public Optional<TeamReport> create(Conversation conversation) {
        Catalog catalog = catalogs.get(conversation.catalogId());
        String language = catalog.languages().contains(conversation.language()) ? conversation.language()
                : catalog.languages().get(0);
        List<AuditRun> runs = history.runs(conversation.teamKey(), catalog.id());
        TeamStanding finished = TeamStanding.of(runs);
        TeamStanding now = conversation.audit().filter(a -> a.finishedAt() == null)
                .map(a -> finished.with(TeamHistory.answers(a))).orElse(finished);
        if (now.isEmpty()) {
            return Optional.empty();
        }
        boolean complete = conversation.audit().map(a -> a.finishedAt() != null).orElse(true);
        ResultView result = results.create(catalog, now.levels(), complete, language,
                texts.messages(conversation.language()));
        // The change is against the standing before the latest run, or before the running audit.
        TeamStanding before = now != finished ? finished
                : TeamStanding.of(runs.subList(0, Math.max(0, runs.size() - 1)));
        return Optional.of(new TeamReport(conversation.language(), clock.instant(), result, points(catalog, runs),
                changes(catalog, before, now, language), evidence(catalog, now, result, language)));
    }

    private List<TeamReport.RunPoint> points(Catalog catalog, List<AuditRun> runs) {
        List<TeamReport.RunPoint> points = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            AuditScore score = calculator.calculate(catalog, TeamStanding.of(runs.subList(0, i + 1)).levels());
            AuditKind kind = runs.get(i).kind();
            points.add(new TeamReport.RunPoint(runs.get(i).finishedAt(), kind.name(), score.overall().value()));
        }
        return points;
    }

    private List<TeamReport.PrincipleChange> changes(Catalog catalog, TeamStanding before, TeamStanding now,
            String language) {
        AuditScore was = calculator.calculate(catalog, before.levels());
        AuditScore is = calculator.calculate(catalog, now.levels());
        return catalog.principles().stream().map(p -> {
            Double old = was.principle(p.number()).score().value();
            Double score = is.principle(p.number()).score().value();
            return new TeamReport.PrincipleChange(p.number(), p.title(language), old, score,
                    Trend.between(old, score).arrow());
        }).toList();
    }

    private static List<TeamReport.PrincipleEvidence> evidence(Catalog catalog, TeamStanding now, ResultView result,
            String language) {
        List<TeamReport.PrincipleEvidence> evidence = new ArrayList<>();
        for (Principle principle : catalog.principles()) {
            List<String> links = now.answersOf(principle.number()).stream()
                    .flatMap(a -> a.evidence().stream()).distinct().toList();
            boolean fulfilled = result.principles().stream().anyMatch(p -> p.number() == principle.number()
                    && p.score() != null && p.score() >= 1.0);
            evidence.add(new TeamReport.PrincipleEvidence(principle.number(), principle.title(language), links,
                    fulfilled && links.isEmpty()));
        }
        return evidence;
    }
}
