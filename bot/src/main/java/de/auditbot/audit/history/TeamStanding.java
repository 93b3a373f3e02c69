package de.auditbot.audit.history;

import de.auditbot.audit.AnswerLevel;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a team stands: the latest answer to every question over all its runs. A check-in of three
 * principles thus updates those three and leaves the others as the last audit found them.
 */
public final class TeamStanding {

    private final Map<String, RunAnswer> latest = new LinkedHashMap<>();

    public static TeamStanding of(Collection<AuditRun> runs) {
        TeamStanding standing = new TeamStanding();
        runs.forEach(standing::add);
        return standing;
    }

    /** A new standing with the answers of one more run on top. */
    public TeamStanding with(List<RunAnswer> answers) {
        TeamStanding next = new TeamStanding();
        next.latest.putAll(latest);
        answers.forEach(next::put);
        return next;
    }

    private void add(AuditRun run) {
        run.answers().forEach(this::put);
    }

    private void put(RunAnswer answer) {
        RunAnswer known = latest.get(answer.questionId());
        if (known == null || !answer.at().isBefore(known.at())) {
            latest.put(answer.questionId(), answer);
        }
    }

    public Map<String, AnswerLevel> levels() {
        Map<String, AnswerLevel> levels = new LinkedHashMap<>();
        latest.forEach((id, answer) -> levels.put(id, answer.level()));
        return levels;
    }

    /** When the principle was last answered; empty when never. */
    public Optional<Instant> lastAnswered(int principle) {
        return latest.values().stream().filter(a -> a.principle() == principle).map(RunAnswer::at)
                .max(Instant::compareTo);
    }

    /** The latest answer to a question; empty when it was never answered. */
    public Optional<RunAnswer> answerTo(String questionId) {
        return Optional.ofNullable(latest.get(questionId));
    }

    /** The answers behind a principle's standing, in question order of answering. */
    public List<RunAnswer> answersOf(int principle) {
        return latest.values().stream().filter(a -> a.principle() == principle).toList();
    }

    public boolean isEmpty() {
        return latest.isEmpty();
    }
}
