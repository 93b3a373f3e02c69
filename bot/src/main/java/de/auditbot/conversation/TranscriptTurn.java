package de.auditbot.conversation;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What was said in one turn of a conversation: the team's message and the bot's replies. Kept
 * apart from the conversation, one document a turn, so that a turn reads and writes a
 * conversation of about the same size however long it has run.
 *
 * @param id             the conversation's id and the version its turn wrote, so that a turn is stored once
 * @param conversationId the conversation's store id
 * @param version        the conversation's version after the turn; orders the turns
 * @param at             when the turn was answered
 * @param messageId      the channel's id of the message the turn answered, if it has one
 */
@Document("transcripts")
record TranscriptTurn(@Id String id, String conversationId, long version, Instant at, List<TranscriptEntry> entries,
        String messageId) {

    static TranscriptTurn of(String conversationId, long version, Instant at, List<TranscriptEntry> entries,
            String messageId) {
        return new TranscriptTurn(conversationId + ":" + version, conversationId, version, at, List.copyOf(entries),
                messageId);
    }
}
