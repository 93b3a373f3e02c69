package de.auditbot.channel.matrix;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;

/**
 * Shows in {@code /actuator/info} which instance this is and whether it runs the Matrix channel
 * ({@code holder}) or waits to take it over ({@code standby}), so that an operator behind a load
 * balancer can tell the instances apart.
 */
class MatrixLeaseInfoContributor implements InfoContributor {

    private final MatrixChannelLifecycle lifecycle;

    MatrixLeaseInfoContributor(MatrixChannelLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void contribute(Info.Builder builder) {
        builder.withDetail("matrix", Map.of(
                "role", lifecycle.role().name().toLowerCase(Locale.ROOT),
                "instance", lifecycle.holderId(),
                "since", lifecycle.roleSince().toString()));
    }
}
