package de.auditbot.channel.matrix;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Matrix sync in health (component {@code matrix}). A sync that fails now and then is
 * retried and stays UP with its state in the details; one that has not succeeded for a long time
 * is DOWN, so that an operator notices.
 */
class MatrixHealthIndicator implements HealthIndicator {

    private final MatrixGateway gateway;
    private final Duration tolerance;
    private final Clock clock;
    private final Instant created;

    MatrixHealthIndicator(MatrixGateway gateway, Duration tolerance, Clock clock) {
        this.gateway = gateway;
        this.tolerance = tolerance;
        this.clock = clock;
        this.created = clock.instant();
    }

    @Override
    public Health health() {
        SyncStatus status = gateway.status();
        Instant since = status.lastSuccess() != null ? status.lastSuccess() : created;
        boolean stale = Duration.between(since, clock.instant()).compareTo(tolerance) > 0;
        Health.Builder health = status.running() || !stale ? Health.up() : Health.down();
        health.withDetail("sync", status.state());
        if (status.lastSuccess() != null) {
            health.withDetail("lastSync", status.lastSuccess().toString());
        }
        return health.build();
    }
}
