package de.auditbot.privacy;

import de.auditbot.audit.history.AuditRunRepository;
import de.auditbot.conversation.ConversationRepository;
import de.auditbot.conversation.Transcripts;
import de.auditbot.nlp.candidates.TrainingCandidateRepository;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes, once a day, what has outlived the retention period: conversations by their last
 * change, transcript turns by when they were said, runs by when they finished, training
 * candidates by when they were given. Plain deletes
 * instead of TTL indexes, which the embedded store accepts but never enforces. Channels delete
 * their own old records on the {@link RetentionCutoffPassed} event it publishes.
 */
@Component
public class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final PrivacyProperties properties;
    private final ConversationRepository conversations;
    private final AuditRunRepository runs;
    private final TrainingCandidateRepository candidates;
    private final Transcripts transcripts;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public RetentionPurge(PrivacyProperties properties, ConversationRepository conversations, AuditRunRepository runs,
            TrainingCandidateRepository candidates, Transcripts transcripts, Clock clock,
            ApplicationEventPublisher events) {
        this.properties = properties;
        this.conversations = conversations;
        this.runs = runs;
        this.candidates = candidates;
        this.transcripts = transcripts;
        this.clock = clock;
        this.events = events;
    }

    @Scheduled(cron = "${auditbot.privacy.purge-cron:0 30 3 * * *}")
    public void daily() {
        purge(clock.instant());
    }

    /** Deletes what is older than the retention period at the given time; returns how many of the core's documents went. */
    public long purge(Instant now) {
        Instant cutoff = now.minus(properties.retention());
        long deleted = conversations.deleteByUpdatedAtBefore(cutoff) + runs.deleteByFinishedAtBefore(cutoff)
                + candidates.deleteByAtBefore(cutoff) + transcripts.deleteBefore(cutoff);
        log.info("Retention purge: {} documents older than {} deleted", deleted, cutoff);
        events.publishEvent(new RetentionCutoffPassed(cutoff));
        return deleted;
    }
}
