package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.channel.web.WebChatClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A crash in the middle of an audit: the bot runs as its own process with the embedded H2 store,
 * the team has answered some questions, one more answer is on its way, and the process is killed
 * with SIGKILL (no shutdown, no last write of the store). Started again on the same data folder,
 * every acknowledged answer and transcript line is there, the answer in flight is either wholly
 * there or wholly absent, and the bot asks the same question it asked before the crash.
 */
class KilledProcessIntegrationTests {

    private static final List<String> WORDS = List.of("ja", "teilweise", "nein", "weiß nicht", "trifft nicht zu");

    @Test
    void killedMidAuditAndRestartedNothingIsLostAndTheSameQuestionComesNext(@TempDir Path folder) throws Exception {
        String id;
        JsonNode before;
        String inFlight = "teilweise";
        try (BotProcess bot = BotProcess.start(folder, "first")) {
            WebChatClient api = bot.client();
            id = api.open("de").path("id").stringValue();
            api.say(id, "Audit starten");
            for (int i = 0; i < 6; i++) {
                api.say(id, WORDS.get(i % WORDS.size()));
            }
            before = api.conversation(id);
            assertThat(before.path("progress").path("answered").intValue()).isEqualTo(6);

            // One more answer is sent and the process dies while it is being handled (or right after).
            CompletableFuture<?> pending = CompletableFuture.runAsync(() -> {
                try {
                    api.postJson(WebChatClient.BASE + "/" + id + "/messages", WebChatClient.json(Map.of("text", inFlight)));
                } catch (RuntimeException connectionLost) {
                    // expected: the process is gone
                }
            });
            Thread.sleep(5);
            assertThat(bot.kill()).as("killed by SIGKILL, not shut down").isEqualTo(137);
            pending.join();
        }

        try (BotProcess bot = BotProcess.start(folder, "second")) {
            WebChatClient api = bot.client();
            JsonNode after = api.conversation(id);
            List<JsonNode> old = entries(before);
            List<JsonNode> now = entries(after);
            assertThat(now.subList(0, Math.min(old.size(), now.size())))
                    .as("every acknowledged line of the transcript, in order").isEqualTo(old);
            int extra = now.size() - old.size();
            assertThat(extra).as("the answer in flight is wholly there (its line and the bot's) or not at all")
                    .isIn(0, 2);
            int answered = after.path("progress").path("answered").intValue();
            if (extra == 0) {
                assertThat(after.path("progress")).isEqualTo(before.path("progress"));
            } else {
                assertThat(now.get(old.size()).path("text").stringValue()).isEqualTo(inFlight);
                assertThat(answered).isEqualTo(7);
            }

            String asked = lastLine(now.get(now.size() - 1).path("text").stringValue());
            JsonNode status = api.say(id, "Status");
            assertThat(text(status)).as("the bot asks the question it asked before the crash").contains(asked);
            JsonNode next = api.say(id, "nein");
            assertThat(text(next)).contains("Notiert: nicht erfüllt.");
            assertThat(next.path("progress").path("answered").intValue()).isEqualTo(answered + 1);
        }
    }

    private static List<JsonNode> entries(JsonNode conversation) {
        List<JsonNode> out = new ArrayList<>();
        conversation.path("transcript").forEach(out::add);
        return out;
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.get(lines.size() - 1);
    }

    private static String text(JsonNode turn) {
        StringBuilder text = new StringBuilder();
        turn.path("messages").forEach(m -> text.append(m.path("text").stringValue()).append('\n'));
        return text.toString();
    }
}
