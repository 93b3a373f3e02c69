package de.auditbot.conversation;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Conversations by their store id ({@code channel:id}).
 */
public interface ConversationRepository extends MongoRepository<Conversation, String> {
}
