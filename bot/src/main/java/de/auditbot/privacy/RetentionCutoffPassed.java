package de.auditbot.privacy;

import java.time.Instant;

/**
 * Published by the daily retention purge, so that channels can delete their own records that are
 * older than the retention period, as the core does with conversations, runs and candidates.
 *
 * @param cutoff everything older than this goes
 */
public record RetentionCutoffPassed(Instant cutoff) {
}
