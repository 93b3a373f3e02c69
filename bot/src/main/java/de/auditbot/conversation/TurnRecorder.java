package de.auditbot.conversation;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.flow.TurnContext;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The record of turns: writes a turn's conversation and then what was said in it, and gives back
 * the replies of a turn already on record when its message comes again.
 */
@Component
class TurnRecorder {

    private static final Logger log = LoggerFactory.getLogger(TurnRecorder.class);

    private final Transcripts transcripts;
    private final CatalogRegistry catalogs;
    private final ProgressCalculator progress = new ProgressCalculator();

    TurnRecorder(Transcripts transcripts, CatalogRegistry catalogs) {
        this.transcripts = transcripts;
        this.catalogs = catalogs;
    }

    /** Where a conversation's audit stands, in the conversation's language. */
    Progress progress(Conversation conversation) {
        return progress.of(conversation, catalogs.get(conversation.catalogId()), conversation.language());
    }

    /**
     * Writes the conversation and then what was said in the turn. A turn whose conversation write
     * lost the race writes nothing (the write throws) and runs again; a process that dies between
     * the two writes never answered the turn, so its transcript lacks only an unacknowledged turn.
     *
     * @param heard     what the team said in the turn (nothing when the bot opens a conversation)
     * @param messageId the channel's id of the message the turn answers, if it has one
     * @param write     the version-checked write of the conversation
     */
    Turn record(TurnContext ctx, List<TranscriptEntry> heard, String messageId, Runnable write) {
        Conversation conversation = ctx.conversation();
        Progress now = progress(conversation);
        List<Reply> replies = ctx.replies().stream()
                .map(s -> new Reply(s.text(), s.quickReplies(), now, s.result())).toList();
        List<TranscriptEntry> said = new ArrayList<>(heard);
        replies.forEach(r -> said.add(TranscriptEntry.bot(r, ctx.now())));
        List<String> offered = replies.isEmpty() ? conversation.offered() : replies.get(replies.size() - 1).quickReplies();
        conversation.turnTaken(ctx.now(), offered);
        write.run();
        transcripts.append(conversation, ctx.now(), said, messageId);
        return new Turn(conversation.key().id(), replies, conversation.state(), now, conversation.language());
    }

    /**
     * A message the conversation has handled before, delivered again: after a lost acknowledgement
     * of the turn's write, or by a channel instance that took over before the replies went out.
     * Nothing is written again; the replies are those of the first time, as far as they are on record.
     */
    Turn repeat(Conversation conversation, String messageId) {
        log.debug("Message {} of conversation {} was handled before; its replies are repeated", messageId,
                conversation.id());
        Progress now = progress(conversation);
        List<Reply> replies = transcripts.repliesTo(conversation.id(), messageId).stream()
                .map(entry -> new Reply(entry.text(), entry.quickReplies(), now, null)).toList();
        return new Turn(conversation.key().id(), replies, conversation.state(), now, conversation.language());
    }
}
