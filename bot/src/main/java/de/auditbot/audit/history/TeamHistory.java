package de.auditbot.audit.history;

import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.Audit;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Keeps finished runs per team and reads them back. Written after the conversation's own write,
 * so that a turn retried after a concurrent update never keeps a run twice.
 */
@Service
public class TeamHistory {

    private static final Logger log = LoggerFactory.getLogger(TeamHistory.class);

    private final AuditRunRepository runs;

    public TeamHistory(AuditRunRepository runs) {
        this.runs = runs;
    }

    /** Keeps a finished audit or check-in; only the latest answer per question counts. */
    public AuditRun record(String teamKey, String conversationId, Audit audit) {
        List<RunAnswer> answers = answers(audit);
        AuditRun run = runs.insert(new AuditRun(null, teamKey, conversationId, audit.catalogId(),
                audit.catalogVersion(), audit.kind(), answers, audit.finishedAt()));
        log.info("Kept a {} run with {} answers for a team", audit.kind(), answers.size());
        return run;
    }

    /** The team's runs of a catalog, oldest first. */
    public List<AuditRun> runs(String teamKey, String catalogId) {
        return runs.findByTeamKeyAndCatalogIdOrderByFinishedAtAsc(teamKey, catalogId);
    }

    public TeamStanding standing(String teamKey, String catalogId) {
        return TeamStanding.of(runs(teamKey, catalogId));
    }

    /** The answers of an audit as the history keeps them, with the links found in them. */
    public static List<RunAnswer> answers(Audit audit) {
        return audit.currentAnswers().values().stream().map(TeamHistory::answer).toList();
    }

    private static RunAnswer answer(AnswerRecord a) {
        return new RunAnswer(a.questionId(), a.principle(), a.level(), a.text(), a.senderId(), a.at(),
                EvidenceLinks.in(a.text()));
    }
}
