package de.auditbot.audit.history;

import de.auditbot.audit.AnswerLevel;
import java.time.Instant;
import java.util.List;

/**
 * One answer kept in the history: who gave which level when, in which words, with which links.
 *
 * @param evidence links found in the team's words, kept as evidence for the principle
 */
public record RunAnswer(String questionId, int principle, AnswerLevel level, String text, String senderId,
        Instant at, List<String> evidence) {

    public RunAnswer {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
