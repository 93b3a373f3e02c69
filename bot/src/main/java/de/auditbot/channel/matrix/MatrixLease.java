package de.auditbot.channel.matrix;

import de.auditbot.store.Leases;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This instance's side of the Matrix lease: one round takes or renews it and says whether this
 * instance holds it now. When the store cannot be reached, a holder keeps the lease only while it
 * is sure to outlast the next round, so that it stops its channel before a standby may take over.
 */
class MatrixLease {

    static final String NAME = "matrix";
    private static final Logger log = LoggerFactory.getLogger(MatrixLease.class);

    private final Leases leases;
    private final MatrixLeaseProperties settings;
    private final String holderId;
    private final Clock clock;
    private volatile Instant heldUntil = Instant.EPOCH;

    MatrixLease(Leases leases, MatrixLeaseProperties settings, String holderId, Clock clock) {
        this.leases = leases;
        this.settings = settings;
        this.holderId = holderId;
        this.clock = clock;
    }

    /**
     * Takes or renews the lease.
     *
     * @param holding whether this instance held it after the last round
     * @return whether it holds it now
     */
    boolean takeOrRenew(boolean holding) {
        Instant asked = clock.instant();
        try {
            boolean held = leases.acquire(NAME, holderId, settings.duration());
            if (held) {
                heldUntil = asked.plus(settings.duration());
            }
            return held;
        } catch (RuntimeException e) {
            boolean held = holding && asked.plus(settings.renewInterval()).isBefore(heldUntil);
            log.warn("Matrix lease could not be renewed ({}); {}", e.toString(),
                    held ? "still holding it until " + heldUntil : "not holding it");
            return held;
        }
    }

    /** Gives the lease up so that a standby can take it at once; failing that, it runs out. */
    void release() {
        try {
            leases.release(NAME, holderId);
            log.info("Matrix lease released by {}", holderId);
        } catch (RuntimeException e) {
            log.warn("Matrix lease could not be released ({}); it runs out by itself", e.toString());
        }
    }

    String holderId() {
        return holderId;
    }

    MatrixLeaseProperties settings() {
        return settings;
    }
}
