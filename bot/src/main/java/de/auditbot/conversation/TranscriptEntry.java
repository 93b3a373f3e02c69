package de.auditbot.conversation;

import java.time.Instant;
import java.util.List;

/**
 * One message of a conversation's transcript.
 *
 * @param from     {@code user} or {@code bot}
 * @param senderId who wrote a user message
 */
public record TranscriptEntry(String from, String senderId, String text, List<String> quickReplies, Instant at) {

    static TranscriptEntry user(String senderId, String text, Instant at) {
        return new TranscriptEntry("user", senderId, text, List.of(), at);
    }

    static TranscriptEntry bot(Reply reply, Instant at) {
        return new TranscriptEntry("bot", null, reply.text(), reply.quickReplies(), at);
    }
}
