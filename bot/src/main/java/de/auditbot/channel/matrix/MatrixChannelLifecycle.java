package de.auditbot.channel.matrix;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the channel once the application is up, in the background and again after failures: an
 * unreachable homeserver must not keep the bot (and its web channel) from starting.
 */
class MatrixChannelLifecycle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MatrixChannelLifecycle.class);
    private static final long MAX_WAIT_MS = 60_000;

    private final MatrixChannel channel;
    private volatile Thread starter;
    private volatile boolean running;

    MatrixChannelLifecycle(MatrixChannel channel) {
        this.channel = channel;
    }

    @Override
    public void start() {
        running = true;
        starter = new Thread(this::startWithRetries, "matrix-start");
        starter.setDaemon(true);
        starter.start();
    }

    private void startWithRetries() {
        long wait = 1_000;
        while (running) {
            try {
                channel.start();
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
    public void stop() {
        running = false;
        Thread thread = starter;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
