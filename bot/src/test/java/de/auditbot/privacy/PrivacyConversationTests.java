package de.auditbot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.history.AuditRunRepository;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationRepository;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.InboundMessage;
import de.auditbot.conversation.Turn;
import de.auditbot.nlp.candidates.TrainingCandidateRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * "Delete my data" leaves nothing of the team behind, and only after a confirmation; the daily
 * purge removes what is older than the retention period and keeps the rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class PrivacyConversationTests {

    @Autowired
    ConversationService service;
    @Autowired
    ConversationRepository conversations;
    @Autowired
    AuditRunRepository runs;
    @Autowired
    TrainingCandidateRepository candidates;
    @Autowired
    RetentionPurge purge;
    @Autowired
    PrivacyProperties properties;

    @Test
    void deletingMyDataRemovesTheTeamsConversationsRunsAndCandidatesAfterAConfirmation() {
        String team = "team-" + UUID.randomUUID();
        ConversationKey first = key();
        ConversationKey second = key();
        ConversationKey bystander = key();
        service.start(first, "anna", "de", team);
        service.start(second, "ben", "de", team);
        service.start(bystander, "cem", "de", "other-" + team);
        checkinWithACandidate(first);
        checkinWithACandidate(bystander);
        assertThat(runs.findByTeamKeyAndCatalogIdOrderByFinishedAtAsc(team, "ozg-servicestandard")).hasSize(1);
        long candidatesBefore = candidates.count();

        Turn asked = say(second, "Meine Daten löschen");
        assertThat(asked.state()).isEqualTo(ConversationState.CONFIRM_DELETE);
        assertThat(say(second, "vielleicht").state()).as("no clear yes deletes nothing")
                .isEqualTo(ConversationState.CONFIRM_DELETE);
        assertThat(conversations.findById(first.storeId())).isPresent();
        assertThat(service.transcript(first)).isNotEmpty();
        Turn done = say(second, "Ja, alles löschen");
        assertThat(done.replies().get(0).text()).contains("gelöscht");

        assertThat(conversations.findById(first.storeId())).isEmpty();
        assertThat(conversations.findById(second.storeId())).isEmpty();
        assertThat(service.transcript(first)).as("what the team said").isEmpty();
        assertThat(service.transcript(second)).isEmpty();
        assertThat(service.transcript(bystander)).isNotEmpty();
        assertThat(runs.findByTeamKeyAndCatalogIdOrderByFinishedAtAsc(team, "ozg-servicestandard")).isEmpty();
        assertThat(candidates.findAll()).noneMatch(c -> c.conversationId().equals(first.storeId()));
        assertThat(candidates.count()).isEqualTo(candidatesBefore - 1);
        assertThat(conversations.findById(bystander.storeId())).isPresent();
        assertThat(runs.findByTeamKeyAndCatalogIdOrderByFinishedAtAsc("other-" + team, "ozg-servicestandard")).hasSize(1);
    }

    @Test
    void noKeepsTheDataAndReturnsToTheAudit() {
        ConversationKey key = key();
        service.start(key, "anna", "en", null);
        say(key, "start audit");
        say(key, "delete my data");
        Turn kept = say(key, "No, keep it");
        assertThat(kept.state()).isEqualTo(ConversationState.AUDIT);
        assertThat(conversations.findById(key.storeId())).isPresent();
    }

    @Test
    void thePurgeDeletesWhatIsOlderThanTheRetentionAndKeepsTheRest() {
        String team = "team-" + UUID.randomUUID();
        ConversationKey key = key();
        service.start(key, "anna", "de", team);
        checkinWithACandidate(key);
        Instant now = Instant.now();
        purge.purge(now);
        assertThat(conversations.findById(key.storeId())).as("fresh data stays").isPresent();
        assertThat(service.transcript(key)).as("fresh transcript stays").isNotEmpty();

        purge.purge(now.plus(properties.retention()).plus(Duration.ofMinutes(1)));

        assertThat(conversations.findById(key.storeId())).isEmpty();
        assertThat(service.transcript(key)).as("old transcript turns").isEmpty();
        assertThat(runs.findByTeamKeyAndCatalogIdOrderByFinishedAtAsc(team, "ozg-servicestandard")).isEmpty();
        assertThat(candidates.findAll()).noneMatch(c -> key.storeId().equals(c.conversationId()));
    }

    @Test
    void messageTextsNeverAppearInTheLogAtInfo(CapturedOutput output) {
        String secret = "Geheimnis-" + UUID.randomUUID();
        ConversationKey key = key();
        service.start(key, "anna", "de", "team-" + UUID.randomUUID());
        say(key, "Check-in");
        say(key, "ja " + secret);
        for (int guard = 0; guard < 40 && say(key, "ja").state() == ConversationState.AUDIT; guard++) {
            // the run is finished and kept, which logs at INFO
        }
        say(key, "Meine Daten löschen");
        say(key, "Ja, alles löschen");
        assertThat(output.getAll()).contains("Kept a CHECKIN run").contains("Erased the data").doesNotContain(secret);
    }

    private void checkinWithACandidate(ConversationKey key) {
        say(key, "Check-in");
        List<String> offered = say(key, "ja und nein").replies().get(0).quickReplies();
        say(key, offered.get(0));
        for (int guard = 0; guard < 40 && say(key, "ja").state() == ConversationState.AUDIT; guard++) {
            // answers the rest of the check-in
        }
    }

    private Turn say(ConversationKey key, String text) {
        return service.handle(new InboundMessage(key, "anna", text, null));
    }

    private static ConversationKey key() {
        return new ConversationKey("script", UUID.randomUUID().toString());
    }
}
