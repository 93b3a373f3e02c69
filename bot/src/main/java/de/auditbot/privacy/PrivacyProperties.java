package de.auditbot.privacy;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code auditbot.privacy.*}: how long conversations, team history and training candidates are
 * kept after their last change, and when the daily purge runs.
 *
 * @param retention  e.g. {@code 365d}; older data is deleted by the daily purge
 * @param purgeCron  when the purge runs (Spring cron, server time)
 */
@ConfigurationProperties("auditbot.privacy")
public record PrivacyProperties(@DefaultValue("365d") Duration retention,
        @DefaultValue("0 30 3 * * *") String purgeCron) {

    public PrivacyProperties {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("auditbot.privacy.retention must be positive, was " + retention);
        }
    }
}
