package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.ConversationService;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.fuzz.FuzzText;
import de.auditbot.fuzz.ReportMarkup;
import de.auditbot.fuzz.StoreCounts;
import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.IntentClassifier;
import de.auditbot.report.ReportCharts;
import de.auditbot.report.TeamReportFactory;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * Hands seeded, generated room messages straight to the Matrix channel, with the real conversation
 * core and store behind it and a gateway that only records what would be sent: every message for
 * the bot gets an answer (a failure inside would leave none), every answer's HTML holds only the
 * bot's own markup, an event delivered twice is answered once, and a message over 4,000
 * characters gets a notice and stores nothing. {@code -Dauditbot.fuzz.seed} repeats a run,
 * {@code -Dauditbot.fuzz.matrix-inputs} makes it longer (default 1,000).
 */
@SpringBootTest
@ActiveProfiles("test")
class MatrixChannelFuzzTests {

    static final String BOT = "@auditbot:example.org";
    static final long SEED = Long.getLong("auditbot.fuzz.seed", 20_261_129L);
    static final int INPUTS = Integer.getInteger("auditbot.fuzz.matrix-inputs", 1_000);

    @Autowired ConversationService conversations;
    @Autowired DialogTexts texts;
    @Autowired HandledEventRepository events;
    @Autowired ChannelStartRepository starts;
    @Autowired AnswerClassifier answers;
    @Autowired IntentClassifier intents;
    @Autowired Clock clock;
    @Autowired MongoTemplate mongo;
    @Autowired TeamReportFactory reports;
    @Autowired ReportCharts charts;
    @Autowired CatalogRegistry catalogs;

    @Test
    void generatedRoomMessagesAreAnsweredOnceEscapedAndLongOnesStoreNothing() {
        RecordingGateway gateway = new RecordingGateway();
        MatrixProperties properties = new MatrixProperties(true, "https://hs.example.org", BOT, "token", List.of(),
                List.of(), "!audit", null, null, null, null);
        MatrixChannel channel = new MatrixChannel(gateway, conversations, texts, new HandledEvents(events, starts, mongo, clock),
                properties, new RoomQueues(Runnable::run), new AnswerRecognizer(answers, intents, catalogs),
                new ResultCharts(reports, charts, texts, gateway));
        channel.start();
        Random random = new Random(SEED);
        FuzzText text = new FuzzText(random);
        StoreCounts store = new StoreCounts(mongo);
        int tooLong = 0;
        int repeated = 0;
        long started = System.nanoTime();
        for (int i = 0; i < INPUTS; i++) {
            String room = "!fuzz" + (i / 250) + "-" + random.nextInt(4) + ":example.org";
            boolean direct = random.nextInt(3) > 0;
            String said = text.next();
            String body = (direct ? "" : "!audit ") + said;
            String sender = random.nextInt(10) == 0 ? "@" + text.next() + ":x" : "@alice:example.org";
            String thread = random.nextInt(10) == 0 ? "$" + text.next() : null;
            String event = "$fuzz" + i;
            boolean huge = said.strip().codePointCount(0, said.strip().length()) > MatrixChannel.MAX_TEXT;
            Map<String, Object> before = huge ? store.snapshot("matrix:" + room) : null;
            int sent = gateway.notices.size();
            String what = "input #" + i + " of seed " + SEED + " in " + room + ": "
                    + body.substring(0, Math.min(200, body.length()));

            channel.onMessage(new RoomMessage(room, event, sender, Instant.now(), body, thread, false, direct, false));

            List<OutboundNotice> answered = gateway.notices.subList(sent, gateway.notices.size());
            assertThat(answered).as("answers to " + what).isNotEmpty();
            answered.forEach(notice -> ReportMarkup.assertOnlyOwnMarkup(notice.html()));
            answered.forEach(notice -> assertThat(notice.threadRootId()).as(what).isEqualTo(thread));
            if (huge) {
                tooLong++;
                assertThat(answered.get(0).body()).as(what).contains(String.valueOf(MatrixChannel.MAX_TEXT));
                Map<String, Object> after = store.snapshot("matrix:" + room);
                after.remove("matrixHandledEvents"); // the event is marked as answered, nothing else
                before.remove("matrixHandledEvents");
                assertThat(after).as("store after " + what).isEqualTo(before);
            }
            if (random.nextInt(20) == 0) {
                repeated++;
                int now = gateway.notices.size();
                channel.onMessage(new RoomMessage(room, event, sender, Instant.now(), body, thread, false, direct, false));
                assertThat(gateway.notices).as("a repeated delivery of " + what).hasSize(now);
            }
        }
        System.out.printf("Matrix channel fuzz: seed %d, %d messages (%d too long, %d delivered twice), %d notices in %d ms%n",
                SEED, INPUTS, tooLong, repeated, gateway.notices.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Sends nothing anywhere; keeps every notice. */
    static final class RecordingGateway implements MatrixGateway {

        final List<OutboundNotice> notices = new CopyOnWriteArrayList<>();

        @Override
        public CompletableFuture<Void> start(MatrixListener listener) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> join(String roomId) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> decline(String roomId) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> send(OutboundNotice notice) {
            notices.add(notice);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> sendImage(OutboundImage image) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void typing(String roomId, boolean typing) {
        }

        @Override
        public String userId() {
            return BOT;
        }

        @Override
        public String deviceId() {
            return "FUZZ";
        }

        @Override
        public SyncStatus status() {
            return null;
        }

        @Override
        public void close() {
        }
    }
}
