package de.auditbot.channel.web;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.Progress;
import de.auditbot.conversation.TranscriptEntry;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as the API shows it: state, progress and transcript.
 */
record ConversationResponse(String id, ConversationState state, String locale, CatalogRef catalog,
        Progress progress, List<TranscriptEntry> transcript, Instant createdAt, Instant updatedAt) {

    record CatalogRef(String id, String version) {
    }

    static ConversationResponse of(Conversation conversation, Progress progress, List<TranscriptEntry> transcript) {
        CatalogRef catalog = conversation.audit()
                .map(a -> new CatalogRef(a.catalogId(), a.catalogVersion()))
                .orElse(new CatalogRef(conversation.catalogId(), null));
        return new ConversationResponse(conversation.key().id(), conversation.state(), conversation.language(),
                catalog, progress, transcript, conversation.createdAt(), conversation.updatedAt());
    }
}
