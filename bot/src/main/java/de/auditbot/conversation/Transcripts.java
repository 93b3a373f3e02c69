package de.auditbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * The transcripts of conversations: appended turn by turn after each turn's conversation write,
 * read back for the API and the tests, deleted with the team's data and by the retention purge.
 */
@Service
public class Transcripts {

    /** Enough for any audit plus chatter; older turns are not shown. */
    static final int MAX_TURNS = 1_000;

    private final TranscriptRepository turns;

    Transcripts(TranscriptRepository turns) {
        this.turns = turns;
    }

    /** Keeps what was said in the turn that wrote the given version of a conversation. */
    void append(Conversation conversation, Instant at, List<TranscriptEntry> said, String messageId) {
        try {
            turns.insert(TranscriptTurn.of(conversation.id(), conversation.version(), at, said, messageId));
        } catch (DuplicateKeyException e) {
            // The same turn again, after its first write's acknowledgement was lost: kept once.
        }
    }

    /** What was said in a conversation, oldest first: its latest {@value #MAX_TURNS} turns. */
    public List<TranscriptEntry> of(String conversationId) {
        List<TranscriptTurn> newestFirst = turns.findByConversationIdOrderByVersionDesc(conversationId,
                Limit.of(MAX_TURNS));
        List<TranscriptEntry> entries = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            entries.addAll(newestFirst.get(i).entries());
        }
        return entries;
    }

    /** What the bot said in the turn that answered a channel's message, if that turn is on record. */
    List<TranscriptEntry> repliesTo(String conversationId, String messageId) {
        return turns.findFirstByConversationIdAndMessageId(conversationId, messageId)
                .map(turn -> turn.entries().stream().filter(entry -> "bot".equals(entry.from())).toList())
                .orElse(List.of());
    }

    /** Deletes the transcripts of the given conversations; returns how many turns went. */
    public long delete(Collection<String> conversationIds) {
        return turns.deleteByConversationIdIn(conversationIds);
    }

    /** Deletes the turns said before the cutoff; returns how many went. */
    public long deleteBefore(Instant cutoff) {
        return turns.deleteByAtBefore(cutoff);
    }
}
