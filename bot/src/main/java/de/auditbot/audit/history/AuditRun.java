package de.auditbot.audit.history;

import de.auditbot.audit.AuditKind;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A finished audit or check-in of a team, kept with the catalog version it used so that old
 * runs stay readable when the catalog changes. Its indexes are created by {@code StoreIndexes}.
 *
 * @param teamKey        the team across channels: a Matrix room or a named web team
 * @param conversationId the conversation the run was held in, for deleting a conversation's data
 */
@Document("audit_runs")
public record AuditRun(@Id String id, String teamKey, String conversationId, String catalogId,
        String catalogVersion, AuditKind kind, List<RunAnswer> answers, Instant finishedAt) {

    public AuditRun {
        answers = answers == null ? List.of() : List.copyOf(answers);
    }
}
