package de.auditbot.conversation;

import static de.auditbot.conversation.ConversationScript.containsText;
import static de.auditbot.conversation.ConversationScript.doesNotContain;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AuditKind;
import de.auditbot.audit.history.AuditRun;
import de.auditbot.audit.history.RunAnswer;
import de.auditbot.audit.history.TeamHistory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sprint check-ins and the team history through the conversation core: the choice of principles
 * rotates over several runs, changes show as arrows, and a named team shares its history.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class CheckinAndHistoryConversationTests {

    @Autowired
    ConversationService service;

    @Autowired
    TeamHistory history;

    @Test
    void checkinsRotateThroughEveryPrincipleBeforeAnyComesBack() {
        String team = "team-" + UUID.randomUUID();
        Set<Integer> covered = new HashSet<>();
        for (int run = 1; run <= 6; run++) {
            ConversationScript.openForTeam(service, "de", team)
                    .user("Check-in")
                    .expectState(ConversationState.AUDIT)
                    .expectBot(containsText("Sprint-Check-in"))
                    .answerAll("ja")
                    .expectState(ConversationState.RESULT)
                    .expectBot(containsText("Check-in geschafft"));
            List<Integer> asked = scopeOfLatest(team);
            assertThat(asked).as("run %d", run).hasSizeBetween(1, 3).allMatch(p -> !covered.contains(p));
            covered.addAll(asked);
        }
        assertThat(covered).hasSize(18);
        // The one never assessed comes first; all others are fulfilled, so the oldest answers follow.
        ConversationScript.openForTeam(service, "de", team).user("Check-in").answerAll("ja");
        assertThat(scopeOfLatest(team)).containsExactlyInAnyOrder(19, 1, 2);
        ConversationScript.openForTeam(service, "de", team).user("Check-in").answerAll("ja");
        assertThat(scopeOfLatest(team)).containsExactlyInAnyOrder(3, 4, 5);
    }

    @Test
    void aCheckinPrefersTheLowestScoreAfterAnAudit() {
        ConversationScript script = ConversationScript.open(service, "de").user("Audit starten");
        // Principle 1 gets "ja", principle 2 "nein", everything else "teilweise".
        script.user("ja", 4).user("nein", 4).answerAll("teilweise");
        script.user("Check-in").expectBot(containsText("Prinzip 2 –"));
        assertThat(script.last().progress().principle()).isEqualTo(2);
        script.answerAll("ja")
                .expectBot(containsText("↑ Prinzip 2"))
                .expectBot(containsText("Gesamtstand des Teams"));
        script.user("Verlauf")
                .expectBot(containsText("Audit"))
                .expectBot(containsText("Check-in"))
                .expectBot(containsText("↑ Prinzip 2"))
                .expectBot(containsText("→ Prinzip 1"));
    }

    @Test
    void aCheckinCanStayWithinANamedCategory() {
        ConversationScript script = ConversationScript.open(service, "de").user("Check-in Offenheit")
                .expectBot(containsText("Prinzip 12"))
                .expectBot(containsText("Prinzip 13"))
                .expectBot(containsText("Prinzip 14"))
                .expectBot(doesNotContain("Prinzip 1 –"));
        assertThat(script.last().progress().principle()).isEqualTo(12);
    }

    @Test
    void aNamedTeamSharesItsHistoryAcrossConversations() {
        String team = "team-" + UUID.randomUUID();
        ConversationScript first = ConversationScript.openForTeam(service, "en", team).user("check-in");
        for (int guard = 0; first.last().state() == ConversationState.AUDIT && guard < 50; guard++) {
            first.user("yes, see https://example.org/research.");
            if (service.find(first.key()).orElseThrow().clarification().isPresent()) {
                first.user("yes");
            }
        }
        ConversationScript.openForTeam(service, "en", team).user("history")
                .expectBot(containsText("Check-in"))
                .expectBot(containsText("• Principle 1"));
        ConversationScript.open(service, "en").user("history").expectBot(containsText("no finished audit"));
        AuditRun run = history.runs(team, "ozg-servicestandard").get(0);
        assertThat(run.kind()).isEqualTo(AuditKind.CHECKIN);
        assertThat(run.answers()).extracting(RunAnswer::evidence).allSatisfy(links ->
                assertThat(links).containsExactly("https://example.org/research"));
        assertThat(run.answers()).extracting(RunAnswer::senderId).containsOnly("anna");
    }

    private List<Integer> scopeOfLatest(String team) {
        List<AuditRun> runs = history.runs(team, "ozg-servicestandard");
        return runs.get(runs.size() - 1).answers().stream().map(RunAnswer::principle).distinct().toList();
    }
}
