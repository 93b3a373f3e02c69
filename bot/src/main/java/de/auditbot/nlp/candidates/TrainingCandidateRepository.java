package de.auditbot.nlp.candidates;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Training candidates in the {@code trainingCandidates} collection.
 */
public interface TrainingCandidateRepository extends MongoRepository<TrainingCandidate, String> {

    long deleteByConversationIdIn(Collection<String> conversationIds);

    long deleteByAtBefore(Instant cutoff);

}
