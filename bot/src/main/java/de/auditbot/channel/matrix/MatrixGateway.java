package de.auditbot.channel.matrix;

import java.util.concurrent.CompletableFuture;

/**
 * The Java seam to a Matrix homeserver: sync, invites, room messages in and notices out, with
 * encryption handled underneath. The channel knows nothing of the SDK behind it, and tests can
 * drive the channel without one.
 */
public interface MatrixGateway extends AutoCloseable {

    /**
     * Connects (creating or reopening the device), then syncs until closed and hands every message
     * and invite to the listener, one at a time, in sync order. Completes once the sync runs.
     */
    CompletableFuture<Void> start(MatrixListener listener);

    /** Joins a room the bot was invited to. */
    CompletableFuture<Void> join(String roomId);

    /** Declines an invite (leaves the invited room). */
    CompletableFuture<Void> decline(String roomId);

    /**
     * Queues a notice for sending; encrypted when the room is. Delivery is retried with one
     * transaction id, so a retried send never shows twice. Completes when the notice is queued.
     */
    CompletableFuture<Void> send(OutboundNotice notice);

    /**
     * Uploads a PNG to the media repository (encrypted first when the room is) and queues an
     * {@code m.image} event referring to it. Completes when the image is queued.
     */
    CompletableFuture<Void> sendImage(OutboundImage image);

    /** Shows or hides the bot's typing notice in a room; failures are only logged. */
    void typing(String roomId, boolean typing);

    /** The bot's user id, known after {@link #start}. */
    String userId();

    /** The bot's device id, known after {@link #start}. */
    String deviceId();

    /** Where the sync stands, for health. */
    SyncStatus status();

    /** Stops syncing and releases the store. */
    @Override
    void close();
}
