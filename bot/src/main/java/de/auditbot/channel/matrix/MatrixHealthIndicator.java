package de.auditbot.channel.matrix;

import de.auditbot.channel.matrix.MatrixChannelLifecycle.LeaseRole;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The Matrix sync in health (component {@code matrix}), with this instance's role in the Matrix
 * lease. On the holder, a sync that fails now and then is retried and stays UP with its state in
 * the details; one that has not succeeded for a long time is DOWN, so that an operator notices. A
 * standby does not sync and is UP.
 */
class MatrixHealthIndicator implements HealthIndicator {

    private final MatrixGateway gateway;
    private final MatrixChannelLifecycle lifecycle;
    private final Duration tolerance;
    private final Clock clock;

    MatrixHealthIndicator(MatrixGateway gateway, MatrixChannelLifecycle lifecycle, Duration tolerance, Clock clock) {
        this.gateway = gateway;
        this.lifecycle = lifecycle;
        this.tolerance = tolerance;
        this.clock = clock;
    }

    @Override
    public Health health() {
        LeaseRole role = lifecycle.role();
        if (role == LeaseRole.STANDBY) {
            return Health.up().withDetail("role", role.name().toLowerCase(Locale.ROOT)).build();
        }
        SyncStatus status = gateway.status();
        Instant since = status.lastSuccess() != null && status.lastSuccess().isAfter(lifecycle.roleSince())
                ? status.lastSuccess() : lifecycle.roleSince();
        boolean stale = Duration.between(since, clock.instant()).compareTo(tolerance) > 0;
        Health.Builder health = status.running() || !stale ? Health.up() : Health.down();
        health.withDetail("role", role.name().toLowerCase(Locale.ROOT));
        health.withDetail("sync", status.state());
        if (status.lastSuccess() != null) {
            health.withDetail("lastSync", status.lastSuccess().toString());
        }
        return health.build();
    }
}
