package de.auditbot.channel.matrix;

/**
 * Receives what the gateway reads from the sync. Calls come one at a time from the sync's own
 * thread, so an implementation must hand work off quickly and never block.
 */
public interface MatrixListener {

    void onMessage(RoomMessage message);

    void onInvite(RoomInvite invite);
}
