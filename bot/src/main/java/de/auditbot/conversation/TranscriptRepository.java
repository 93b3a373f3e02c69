package de.auditbot.conversation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * The turns of conversations' transcripts.
 */
interface TranscriptRepository extends MongoRepository<TranscriptTurn, String> {

    /** A conversation's latest turns, newest first. */
    List<TranscriptTurn> findByConversationIdOrderByVersionDesc(String conversationId, Limit limit);

    /** The turn that answered a channel's message. */
    Optional<TranscriptTurn> findFirstByConversationIdAndMessageId(String conversationId, String messageId);

    long deleteByConversationIdIn(Collection<String> conversationIds);

    long deleteByAtBefore(Instant cutoff);
}
