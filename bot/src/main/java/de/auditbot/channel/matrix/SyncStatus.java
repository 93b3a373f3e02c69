package de.auditbot.channel.matrix;

import java.time.Instant;

/**
 * Where the gateway's sync stands.
 *
 * @param state       the SDK's sync state ({@code STARTING}, {@code RUNNING}, {@code ERROR}, ...)
 * @param running     true while syncs succeed
 * @param lastSuccess when the last sync succeeded, or null before the first
 */
public record SyncStatus(String state, boolean running, Instant lastSuccess) {

    public static SyncStatus starting() {
        return new SyncStatus("STARTING", false, null);
    }
}
