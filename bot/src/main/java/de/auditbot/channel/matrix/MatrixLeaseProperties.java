package de.auditbot.channel.matrix;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Matrix lease ({@code auditbot.matrix.lease.*}): of several instances on one MongoDB, only
 * the one holding the lease runs the Matrix channel. A standby takes over at most
 * {@code duration + renewInterval} after the holder's last renewal (20 s with the defaults), then
 * starts the channel.
 *
 * @param duration      how long a renewal keeps the lease; the holder stops its channel before
 *                      this runs out without a renewal
 * @param renewInterval how often the holder renews and a standby tries to take the lease
 * @param holderId      this instance's name in the lease; empty means host name plus a random suffix
 */
@ConfigurationProperties("auditbot.matrix.lease")
public record MatrixLeaseProperties(
        @DefaultValue("15s") Duration duration,
        @DefaultValue("5s") Duration renewInterval,
        String holderId) {

    public MatrixLeaseProperties {
        if (renewInterval.isNegative() || renewInterval.isZero() || renewInterval.compareTo(duration) >= 0) {
            throw new IllegalArgumentException("auditbot.matrix.lease.renew-interval (" + renewInterval
                    + ") must be positive and shorter than auditbot.matrix.lease.duration (" + duration + ")");
        }
    }
}
