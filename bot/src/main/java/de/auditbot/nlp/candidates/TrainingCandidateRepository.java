package de.auditbot.nlp.candidates;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Training candidates in the {@code trainingCandidates} collection.
 */
public interface TrainingCandidateRepository extends MongoRepository<TrainingCandidate, String> {
}
