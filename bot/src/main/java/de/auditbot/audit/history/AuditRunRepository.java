package de.auditbot.audit.history;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The runs of teams, oldest first.
 */
public interface AuditRunRepository extends MongoRepository<AuditRun, String> {

    List<AuditRun> findByTeamKeyAndCatalogIdOrderByFinishedAtAsc(String teamKey, String catalogId);

    long deleteByTeamKey(String teamKey);

    long deleteByConversationId(String conversationId);

    long deleteByFinishedAtBefore(Instant cutoff);
}
