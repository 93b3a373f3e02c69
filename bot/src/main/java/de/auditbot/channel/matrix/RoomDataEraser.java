package de.auditbot.channel.matrix;

import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.DataErasureRequested;
import de.auditbot.privacy.RetentionCutoffPassed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Completes "delete my data" in a Matrix room: the core deletes the room's conversation and
 * history, this deletes the channel's record of the events handled in the room (ids and times
 * only, but they still tell that the room talked to the bot). The daily retention purge deletes
 * the records older than the retention period the same way.
 */
class RoomDataEraser {

    private static final Logger log = LoggerFactory.getLogger(RoomDataEraser.class);
    private static final String PREFIX = new ConversationKey(MatrixChannel.CHANNEL, "").storeId();

    private final HandledEventRepository events;

    RoomDataEraser(HandledEventRepository events) {
        this.events = events;
    }

    @EventListener
    public void on(DataErasureRequested request) {
        if (request.conversationId() != null && request.conversationId().startsWith(PREFIX)) {
            long deleted = events.deleteByRoomId(request.conversationId().substring(PREFIX.length()));
            log.info("Erased the handled-event records of a room on request: {}", deleted);
        }
    }

    @EventListener
    public void on(RetentionCutoffPassed purge) {
        long deleted = events.deleteByAtBefore(purge.cutoff());
        log.info("Retention purge: {} handled-event records older than {} deleted", deleted, purge.cutoff());
    }
}
