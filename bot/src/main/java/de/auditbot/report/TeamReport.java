package de.auditbot.report;

import de.auditbot.conversation.ResultView;
import java.time.Instant;
import java.util.List;

/**
 * Everything a report shows, in one language, ready to render or to serialise as JSON.
 *
 * @param result   the team's standing: the latest answer per question over all runs
 * @param runs     the overall standing after each finished run, oldest first
 * @param changes  per principle, the standing before the latest run against now
 * @param evidence per principle, the links given in answers
 */
public record TeamReport(String language, Instant generatedAt, ResultView result, List<RunPoint> runs,
        List<PrincipleChange> changes, List<PrincipleEvidence> evidence) {

    /** One finished run: when, which kind, and the team's overall score after it. */
    public record RunPoint(Instant finishedAt, String kind, Double overall) {
    }

    /** How a principle moved: arrow is one of ↑ → ↓ •. */
    public record PrincipleChange(int number, String title, Double before, Double after, String arrow) {
    }

    /**
     * @param withoutEvidence rated fulfilled, but no answer behind it gave a link
     */
    public record PrincipleEvidence(int number, String title, List<String> links, boolean withoutEvidence) {
    }
}
