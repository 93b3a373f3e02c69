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
        for (int run = 1; run <= 4; run++) {
            checkin(team);
            List<Integer> asked = scopeOfLatest(team);
            assertThat(asked).as("run %d", run).hasSize(4).allMatch(p -> !covered.contains(p));
            assertThat(questionsOfLatest(team)).as("one question per principle").hasSize(4);
            covered.addAll(asked);
        }
        assertThat(covered).hasSize(16);
        // The three never assessed come first; all others are fulfilled, so the oldest answer follows.
        checkin(team);
        assertThat(scopeOfLatest(team)).containsExactlyInAnyOrder(17, 18, 19, 1);
        checkin(team);
        assertThat(scopeOfLatest(team)).containsExactlyInAnyOrder(2, 3, 4, 5);
    }

    @Test
    void checkinsAreShortAndReachEveryQuestionOverTime() {
        String team = "team-" + UUID.randomUUID();
        Set<String> asked = new HashSet<>();
        Set<Integer> principles = new HashSet<>();
        int runs = 0;
        // 76 questions, four per check-in: a little over nineteen sprints ask every one of them.
        while (asked.size() < 76 && runs < 24) {
            runs++;
            checkin(team);
            List<String> latest = questionsOfLatest(team);
            assertThat(latest).as("run %d", runs).hasSizeBetween(3, 5)
                    .as("a question comes back only after every other of its principle")
                    .allMatch(q -> !asked.contains(q) || askedOf(asked, q) == 4);
            asked.addAll(latest);
            principles.addAll(scopeOfLatest(team));
            if (runs == 5) {
                assertThat(principles).as("every principle within five check-ins").hasSize(19);
            }
        }
        assertThat(asked).as("after %d check-ins", runs).hasSize(76);
    }

    /** How many questions of the question's principle were asked (ids start with the principle number). */
    private static long askedOf(Set<String> asked, String question) {
        String principle = question.substring(0, question.indexOf('.') + 1);
        return asked.stream().filter(q -> q.startsWith(principle)).count();
    }

    private void checkin(String team) {
        ConversationScript.openForTeam(service, "de", team)
                .user("Check-in")
                .expectState(ConversationState.AUDIT)
                .expectBot(containsText("Sprint-Check-in"))
                .expectBot(containsText("je einer Frage"))
                .answerAll("ja")
                .expectState(ConversationState.RESULT)
                .expectBot(containsText("Check-in geschafft"));
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

    private List<String> questionsOfLatest(String team) {
        List<AuditRun> runs = history.runs(team, "ozg-servicestandard");
        return runs.get(runs.size() - 1).answers().stream().map(RunAnswer::questionId).toList();
    }

    private List<Integer> scopeOfLatest(String team) {
        List<AuditRun> runs = history.runs(team, "ozg-servicestandard");
        return runs.get(runs.size() - 1).answers().stream().map(RunAnswer::principle).distinct().toList();
    }
}
