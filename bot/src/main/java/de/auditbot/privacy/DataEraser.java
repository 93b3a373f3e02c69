package de.auditbot.privacy;

import de.auditbot.audit.history.AuditRunRepository;
import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationRepository;
import de.auditbot.conversation.DataErasureRequested;
import de.auditbot.conversation.Transcripts;
import de.auditbot.nlp.candidates.TrainingCandidateRepository;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Deletes everything stored for a team: its runs, every conversation of the team with its
 * transcript and the training candidates taken from them. Without transactions on the embedded store the order
 * matters: conversations last, so that a failure half-way leaves the request repeatable.
 */
@Service
public class DataEraser {

    private static final Logger log = LoggerFactory.getLogger(DataEraser.class);

    private final ConversationRepository conversations;
    private final AuditRunRepository runs;
    private final TrainingCandidateRepository candidates;
    private final Transcripts transcripts;

    public DataEraser(ConversationRepository conversations, AuditRunRepository runs,
            TrainingCandidateRepository candidates, Transcripts transcripts) {
        this.conversations = conversations;
        this.runs = runs;
        this.candidates = candidates;
        this.transcripts = transcripts;
    }

    @EventListener
    public void on(DataErasureRequested request) {
        erase(request.teamKey(), request.conversationId());
    }

    /** Deletes the team's data; returns how many documents went. */
    public long erase(String teamKey, String conversationId) {
        List<String> ids = new ArrayList<>(conversations.findByTeamKey(teamKey).stream().map(Conversation::id).toList());
        if (!ids.contains(conversationId)) {
            ids.add(conversationId);
        }
        long deleted = runs.deleteByTeamKey(teamKey);
        for (String id : ids) {
            deleted += runs.deleteByConversationId(id);
        }
        deleted += candidates.deleteByConversationIdIn(ids);
        deleted += transcripts.delete(ids);
        conversations.deleteAllById(ids);
        deleted += ids.size();
        log.info("Erased the data of a team on request: {} documents", deleted);
        return deleted;
    }
}
