package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.audit.catalog.Question;
import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.TranscriptEntry;
import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two members of a group room answer the bot's pending question at the same moment, through the
 * stand-in homeserver and Trixnity: 200 such pairs, spread over six rooms that run side by side (an
 * audit takes 38 pairs). In half of the rooms all pairs arrive in one sync batch, in the other half
 * each pair in a batch of its own. Every message is answered once, in the order of the room's
 * timeline; the audit records every answer once, to the next open question, with its author, in
 * that same order; the transcript alternates message and reply; and the conversation was written
 * exactly once per turn.
 */
class MatrixSimultaneousAnswersIntegrationTests {

    static final String ALICE = "@alice:localhost";
    static final String BOB = "@bob:localhost";
    static final int PAIRS = Integer.getInteger("auditbot.matrix.simultaneous-pairs", 200);

    @Test
    void pairsOfAnswersAtTheSameMomentAreEachAnsweredOnceInOneOrder(@TempDir Path folder) throws Exception {
        StandInStore mongo = StandInStore.start();
        String mongoUri = mongo.uri();
        try (StandInHomeserver homeserver = new StandInHomeserver();
                ConfigurableApplicationContext bot = startBot(homeserver, mongoUri, folder)) {
            List<Question> questions = bot.getBean(CatalogRegistry.class).defaultCatalog().questions();
            int perAudit = questions.size() / 2;
            Map<String, List<String>> asked = new LinkedHashMap<>();
            Map<String, String> roots = new LinkedHashMap<>();
            for (int done = 0; done < PAIRS; done += perAudit) {
                String room = groupRoomInAudit(homeserver);
                roots.put(room, homeserver.messagesFrom(ALICE, room).get(0).path("event_id").asString());
                asked.put(room, new ArrayList<>());
            }
            Map<String, Integer> pairsOf = new LinkedHashMap<>();
            int remaining = PAIRS;
            for (String room : asked.keySet()) {
                pairsOf.put(room, Math.min(perAudit, remaining));
                remaining -= pairsOf.get(room);
            }
            List<String> rooms = List.copyOf(asked.keySet());
            long started = System.nanoTime();
            // Every other room: all its pairs in one sync batch.
            for (int r = 0; r < rooms.size(); r += 2) {
                String room = rooms.get(r);
                synchronized (homeserver.state) {
                    for (int pair = 0; pair < pairsOf.get(room); pair++) {
                        postPair(homeserver, room, roots.get(room), asked.get(room));
                    }
                }
            }
            // The others: one pair in each room at a time, a sync batch per pair.
            for (int pair = 0; pair < perAudit; pair++) {
                for (int r = 1; r < rooms.size(); r += 2) {
                    String room = rooms.get(r);
                    if (pair < pairsOf.get(room)) {
                        synchronized (homeserver.state) {
                            postPair(homeserver, room, roots.get(room), asked.get(room));
                        }
                    }
                }
                Thread.sleep(30);
            }
            for (String room : asked.keySet()) {
                awaitAnswers(homeserver, room, asked.get(room));
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            Thread.sleep(2_000);
            for (String room : asked.keySet()) {
                check(homeserver, bot, room, asked.get(room), questions);
            }
            System.out.printf("Matrix simultaneous answers: %d pairs in %d rooms answered in %d ms%n", PAIRS,
                    asked.size(), millis);
        } finally {
            mongo.close();
        }
    }

    private static ConfigurableApplicationContext startBot(StandInHomeserver homeserver, String mongoUri, Path folder) {
        homeserver.account(USER, "BOTDEVICE", MatrixBot.TOKEN);
        return MatrixBot.start(homeserver, mongoUri, folder.resolve("trixnity"));
    }

    /** A room of Alice, Bob and the bot in which Alice has started an audit (in a thread of her own). */
    private static String groupRoomInAudit(StandInHomeserver homeserver) {
        String room = homeserver.createRoom(ALICE, false);
        homeserver.join(room, BOB);
        homeserver.invite(room, ALICE, USER);
        eventually("the bot's introduction in " + room, 60_000, () -> homeserver.messagesFrom(USER, room).size() == 1);
        homeserver.text(room, ALICE, "!audit Audit starten");
        eventually("the first question in " + room, 60_000, () -> homeserver.messagesFrom(USER, room).size() == 2);
        return room;
    }

    /** Alice says "ja", Bob "nein", both to the same pending question. */
    private static void postPair(StandInHomeserver homeserver, String room, String root, List<String> asked) {
        asked.add(homeserver.post(room, ALICE, threaded(root, "ja")).path("event_id").asString());
        asked.add(homeserver.post(room, BOB, threaded(root, "nein")).path("event_id").asString());
    }

    /** Waits, without keeping the stand-in busy, until every message in the room has an answer. */
    private static void awaitAnswers(StandInHomeserver homeserver, String room, List<String> asked)
            throws InterruptedException {
        long deadline = System.currentTimeMillis() + 300_000;
        while (!answeredIn(homeserver, room).keySet().containsAll(asked)) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting for the answers in " + room + ": "
                        + answeredIn(homeserver, room).size() + " of " + asked.size() + " messages answered; the bot said "
                        + homeserver.messagesFrom(USER, room).stream().map(m -> m.path("content").toString()).toList());
            }
            Thread.sleep(500);
        }
    }

    /** The bot's notices per message they answer, in the order of the first answer to each. */
    private static Map<String, Integer> answeredIn(StandInHomeserver homeserver, String room) {
        Map<String, Integer> replies = new LinkedHashMap<>();
        for (ObjectNode reply : homeserver.messagesFrom(USER, room)) {
            String answered = reply.path("content").path("m.relates_to").path("m.in_reply_to").path("event_id")
                    .asString();
            if (!answered.isEmpty() && !"m.image".equals(reply.path("content").path("msgtype").asString())) {
                replies.merge(answered, 1, Integer::sum);
            }
        }
        return replies;
    }

    private static void check(StandInHomeserver homeserver, ConfigurableApplicationContext bot, String room,
            List<String> asked, List<Question> questions) {
        Map<String, Integer> replies = answeredIn(homeserver, room);
        assertThat(replies.keySet()).as("answered in the order of the timeline in %s", room)
                .containsExactlyElementsOf(asked);
        boolean finished = asked.size() == questions.size();
        List<Integer> counts = new ArrayList<>(replies.values());
        assertThat(finished ? counts.subList(0, counts.size() - 1) : counts).as("each answered once in %s", room)
                .containsOnly(1);

        Conversation conversation = bot.getBean(ConversationService.class)
                .find(new ConversationKey("matrix", room)).orElseThrow();
        List<AnswerRecord> answers = conversation.audit().orElseThrow().answers();
        assertThat(answers).as("every answer recorded once in %s", room).hasSize(asked.size());
        for (int i = 0; i < answers.size(); i++) {
            AnswerRecord answer = answers.get(i);
            String sender = i % 2 == 0 ? ALICE : BOB;
            assertThat(answer.questionId()).as("answer %d went to the next open question", i)
                    .isEqualTo(questions.get(i).id());
            assertThat(answer.senderId()).as("answer %d in the order of the timeline", i).isEqualTo(sender);
            assertThat(answer.level()).isEqualTo(sender.equals(ALICE) ? AnswerLevel.FULFILLED
                    : AnswerLevel.NOT_FULFILLED);
        }
        List<TranscriptEntry> transcript = bot.getBean(ConversationService.class)
                .transcript(new ConversationKey("matrix", room));
        List<String> senders = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            if (transcript.get(i).from().equals("user")) {
                assertThat(i + 1).as("a reply follows every message").isLessThan(transcript.size());
                assertThat(transcript.get(i + 1).from()).isEqualTo("bot");
                senders.add(transcript.get(i).senderId());
            }
        }
        assertThat(senders).as("'Audit starten' and each answer once").hasSize(1 + asked.size());
        Document raw = bot.getBean(MongoTemplate.class).getCollection("conversations")
                .find(new Document("_id", conversation.id())).first();
        assertThat(raw.get("version", Number.class).longValue())
                .as("one write per turn after the join: 'Audit starten' and each answer").isEqualTo(1L + asked.size());
    }

    private static ObjectNode threaded(String root, String body) {
        ObjectNode content = StandInHomeserver.object().put("msgtype", "m.text").put("body", body);
        content.putObject("m.relates_to").put("rel_type", "m.thread").put("event_id", root)
                .put("is_falling_back", true).putObject("m.in_reply_to").put("event_id", root);
        return content;
    }
}
