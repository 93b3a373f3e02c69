package de.auditbot.conversation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Conversations by their store id ({@code channel:id}).
 */
public interface ConversationRepository extends MongoRepository<Conversation, String> {

    /** The conversations of a named team; a conversation that is its own team has no team key stored. */
    List<Conversation> findByTeamKey(String teamKey);

    long deleteByUpdatedAtBefore(Instant cutoff);

}
