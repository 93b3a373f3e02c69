package de.auditbot.channel.matrix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the Matrix channel on the one instance that holds the Matrix lease: every renew interval
 * it takes or renews the lease; on taking it, it starts the channel (in the background, again after
 * failures, so that an unreachable homeserver keeps neither the bot nor its web channel from
 * starting); on losing it, or when it cannot renew before the lease runs out, it stops the channel
 * at once. A clean shutdown releases the lease so that a standby takes over without waiting.
 */
class MatrixChannelLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MatrixChannelLifecycle.class);
    private static final long MAX_WAIT_MS = 60_000;
    /** A claim this old and unanswered was left behind; far longer than any turn takes. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final MatrixChannel channel;
    private final RestartableGateway gateway;
    private final MatrixLease lease;
    private final Clock clock;
    private ScheduledExecutorService renewals;
    private volatile Thread starter;
    private volatile boolean running;
    private volatile boolean holding;
    private volatile Instant roleSince;

    MatrixChannelLifecycle(MatrixChannel channel, RestartableGateway gateway, MatrixLease lease, Clock clock) {
        this.channel = channel;
        this.gateway = gateway;
        this.lease = lease;
        this.clock = clock;
        this.roleSince = clock.instant();
    }

    @Override
    public synchronized void start() {
        running = true;
        renewals = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "matrix-lease");
            thread.setDaemon(true);
            return thread;
        });
        MatrixLeaseProperties settings = lease.settings();
        renewals.scheduleWithFixedDelay(this::renewOrTake, 0, settings.renewInterval().toMillis(), TimeUnit.MILLISECONDS);
        log.info("Matrix lease: this instance is {}; it renews every {} for {}", lease.holderId(),
                settings.renewInterval(), settings.duration());
    }

    /**
     * One round: take or keep the lease, and start or stop the channel to match; while the
     * channel runs, answer what another instance took on and left unanswered.
     */
    private void renewOrTake() {
        boolean held = lease.takeOrRenew(holding);
        if (held && !holding && running) {
            becomeHolder();
        } else if (!held && holding) {
            log.warn("Matrix lease lost to another instance or ran out: stopping the Matrix channel here");
            becomeStandby();
        } else if (held && gateway.isOpen()) {
            answerAbandoned();
        }
    }

    private void answerAbandoned() {
        Duration twoLeases = lease.settings().duration().multipliedBy(2);
        try {
            channel.answerAbandoned(twoLeases.compareTo(ABANDONED_AFTER) > 0 ? twoLeases : ABANDONED_AFTER);
        } catch (RuntimeException e) {
            log.warn("Could not look for abandoned messages ({}); trying again next round", e.toString());
        }
    }

    private void becomeHolder() {
        holding = true;
        roleSince = clock.instant();
        log.info("Matrix lease taken by {}: starting the Matrix channel", lease.holderId());
        Thread thread = new Thread(this::startWithRetries, "matrix-start");
        thread.setDaemon(true);
        starter = thread;
        thread.start();
    }

    private void becomeStandby() {
        holding = false;
        roleSince = clock.instant();
        Thread thread = starter;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        gateway.close();
    }

    private void startWithRetries() {
        long wait = 1_000;
        while (running && holding) {
            try {
                channel.start();
                if (!holding) {
                    // The lease was lost while the channel was starting; becomeStandby may have closed too early.
                    gateway.close();
                }
                return;
            } catch (RuntimeException e) {
                log.warn("Matrix channel could not start ({}); trying again in {} ms", e.toString(), wait);
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException interrupted) {
                    return;
                }
                wait = Math.min(MAX_WAIT_MS, wait * 2);
            }
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (renewals != null) {
            renewals.shutdownNow();
            awaitRenewals();
        }
        if (holding) {
            becomeStandby();
            lease.release();
        }
    }

    /**
     * Stops renewing and stops the channel without releasing the lease, as a process that dies
     * would; the lease then runs out and a standby takes over. For tests of that take-over.
     */
    synchronized void haltWithoutRelease() {
        running = false;
        renewals.shutdownNow();
        awaitRenewals();
        if (holding) {
            becomeStandby();
        }
    }

    private void awaitRenewals() {
        try {
            renewals.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** HOLDER while this instance holds the lease (its channel runs or is starting), else STANDBY. */
    LeaseRole role() {
        return holding ? LeaseRole.HOLDER : LeaseRole.STANDBY;
    }

    /** When this instance last became holder or standby. */
    Instant roleSince() {
        return roleSince;
    }

    String holderId() {
        return lease.holderId();
    }

    /** What this instance does in the Matrix lease. */
    enum LeaseRole {
        HOLDER, STANDBY
    }
}
