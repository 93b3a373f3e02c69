package de.auditbot.channel.matrix;

import static de.auditbot.channel.matrix.MatrixBot.USER;
import static de.auditbot.channel.matrix.MatrixBot.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.AnswerRecord;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.privacy.PrivacyProperties;
import de.auditbot.privacy.RetentionPurge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Matrix channel against a stateful stand-in homeserver, in unencrypted rooms: invites, a whole
 * audit in a team room, who is spoken to in a group room, threads, escaping, and a homeserver that
 * rate-limits, fails and drops connections.
 */
class MatrixChannelIntegrationTests extends AgainstOneDeployment {

    static final String ALICE = "@alice:localhost";
    static final String BOB = "@bob:localhost";
    static final String MALLORY = "@mallory:elsewhere.example";

    @Test
    void inADirectChatEveryMessageIsForTheBot() throws InterruptedException {
        String room = directChatWithBot(ALICE);
        ObjectNode intro = homeserver.messagesFrom(USER, room).get(0);
        assertThat(intro.path("content").path("body").asString().lines()).first().asString().startsWith("Hallo");
        assertThat(intro.path("content").path("body").asString()).contains("\n1. Audit starten");

        homeserver.text(room, ALICE, "1");
        ObjectNode question = awaitReply(room, "Frage 1 von");
        assertThat(question.path("content").path("msgtype").asString()).isEqualTo("m.notice");
        assertThat(question.path("content").path("format").asString()).isEqualTo("org.matrix.custom.html");
        assertThat(question.path("content").path("formatted_body").asString()).contains("<ol><li>Ja</li>");
        // The typing notice is switched off after the reply is sent, so it may arrive a moment later.
        long deadline = System.currentTimeMillis() + 10_000;
        List<Boolean> typing = typingNotices(room);
        while (!typingThenNot(typing) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
            typing = typingNotices(room);
        }
        assertThat(typing).as("typing while it works, then not").containsSubsequence(true, false);
    }

    @Test
    void typingNoticesTakeEffectInTheOrderAskedEvenWhenTheHomeserverAnswersThemSlowly() throws InterruptedException {
        String room = directChatWithBot(BOB);
        // Every typing notice is held up 0.1 to 1 s before it takes effect: a "not typing" sent while the
        // "typing" before it is still under way would overtake it and leave the bot shown as typing.
        homeserver.chaos.add("PUT", ".*/rooms/" + Pattern.quote(room) + "/typing/.*", 1.0,
                List.of(StandInChaos.Misbehaviour.SLOW));
        try {
            for (int turn = 0; turn < 6; turn++) {
                int before = homeserver.messagesFrom(USER, room).size();
                homeserver.text(room, BOB, "Hilfe");
                awaitReplies(room, before + 1);
                eventually("every typing notice has taken effect, the last one 'not typing'", 15_000,
                        () -> typingApplied(room).size() == typingNotices(room).size()
                                && typingApplied(room).get(typingApplied(room).size() - 1).equals(USER + "|false"));
            }
            Thread.sleep(1_500);
            assertThat(typingApplied(room)).as("typing notices in the order they took effect")
                    .hasSameSizeAs(typingNotices(room)).last().isEqualTo(USER + "|false");
        } finally {
            homeserver.chaos.clear();
        }
    }

    private static List<String> typingApplied(String room) {
        return List.copyOf(homeserver.state.room(room).typing);
    }

    /** A "typing" notice followed later by one that switches it off (the invite may have sent one before). */
    private static boolean typingThenNot(List<Boolean> typing) {
        int on = typing.indexOf(true);
        return on >= 0 && typing.subList(on, typing.size()).contains(false);
    }

    @Test
    void aTeamRunsAWholeAuditInItsRoomAndEveryAnswerKeepsItsAuthor() {
        String room = groupRoomWithBot();
        homeserver.text(room, ALICE, "!audit Audit starten");
        awaitQuestionOrResult(room);
        int turns = 0;
        while (!lastFromBot(room).path("content").path("formatted_body").asString().contains("<table>")) {
            assertThat(++turns).as("turns of the audit").isLessThan(200);
            // Alice answers by number (1 = Ja), Bob in words; the first two principles get a "nein"
            // throughout, for red lights and next steps.
            String sender = turns % 2 == 0 ? ALICE : BOB;
            String answer = turns <= 8 ? "nein" : sender.equals(ALICE) ? "1" : "ja";
            homeserver.text(room, sender, answer);
            awaitQuestionOrResult(room);
        }
        String result = lastFromBot(room).path("content").path("formatted_body").asString();
        assertThat(result).contains("<table>", "🟢", "🔴", "<h4>", "<a href=\"https://");
        ConversationService conversations = bot.getBean(ConversationService.class);
        var answers = conversations.find(new ConversationKey("matrix", room)).orElseThrow().audit().orElseThrow()
                .currentAnswers().values();
        assertThat(answers).extracting(AnswerRecord::senderId).containsOnly(ALICE, BOB);

        // The radar chart follows the result: uploaded to the media repository, then sent as m.image.
        eventually("the radar chart in " + room, 20_000, () -> !homeserver.imagesFrom(USER, room).isEmpty());
        JsonNode image = homeserver.imagesFrom(USER, room).get(0).path("content");
        assertThat(image.path("body").asString()).startsWith("Stand je Kategorie (%): Nutzerzentrierung ");
        assertThat(image.path("info").path("mimetype").asString()).isEqualTo("image/png");
        assertThat(image.path("info").path("w").asInt()).isEqualTo(640);
        String uri = image.path("url").asString();
        StandInMedia.Upload upload = homeserver.media.upload(uri).orElseThrow(
                () -> new AssertionError("no upload behind " + uri + " among " + homeserver.media.uploads));
        assertThat(upload.contentType()).isEqualTo("image/png");
        assertThat(upload.bytes()).startsWith(PNG_SIGNATURE);
        assertThat(upload.user()).isEqualTo(USER);
        assertThat(image.path("info").path("size").asLong()).isEqualTo(upload.bytes().length);
        assertThat(homeserver.imagesFrom(USER, room)).as("one run, no trend yet").hasSize(1);
    }

    @Test
    void afterTheSecondRunTheResultAlsoBringsTheTrendChart() {
        String room = directChatWithBot(ALICE);
        for (int run = 0; run < 2; run++) {
            homeserver.text(room, ALICE, "Check-in");
            awaitReply(room, "Frage");
            for (int guard = 0; guard < 8 && !lastFromBot(room).path("content").path("body").asString()
                    .contains("Check-in geschafft"); guard++) {
                homeserver.text(room, ALICE, "ja");
                awaitQuestionOrSummary(room);
            }
        }
        assertThat(homeserver.imagesFrom(USER, room)).as("a check-in's summary has no charts").isEmpty();
        homeserver.text(room, ALICE, "Ergebnis");
        eventually("two charts in " + room, 20_000, () -> homeserver.imagesFrom(USER, room).size() == 2);
        List<ObjectNode> images = homeserver.imagesFrom(USER, room);
        assertThat(images.get(1).path("content").path("body").asString()).startsWith("Gesamtstand über die Zeit (%): ");
        for (ObjectNode image : images) {
            String uri = image.path("content").path("url").asString();
            assertThat(homeserver.media.upload(uri)).hasValueSatisfying(
                    upload -> assertThat(upload.bytes()).startsWith(PNG_SIGNATURE));
        }
    }

    static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** Waits until the bot answered the last message: a question (numbered options) or a summary. */
    static void awaitQuestionOrSummary(String room) {
        eventually("the next question or the summary in " + room, 20_000, () -> {
            List<ObjectNode> all = homeserver.messagesFrom(null, room);
            return USER.equals(all.get(all.size() - 1).path("sender").asString());
        });
    }

    @Test
    void theBotJoinsOnAnInviteFromItsServerAndDeclinesOneFromAnother() {
        String ours = homeserver.createRoom(ALICE, false);
        homeserver.invite(ours, ALICE, USER);
        String foreign = homeserver.createRoom(MALLORY, false);
        homeserver.invite(foreign, MALLORY, USER);

        eventually("the bot declines the foreign invite", 20_000,
                () -> homeserver.count("POST", ".*/rooms/" + java.util.regex.Pattern.quote(foreign) + "/leave") == 1);
        assertThat(awaitReplies(ours, 1).get(0).path("content").path("body").asString()).contains("auditbot");
        assertThat(homeserver.state.room(foreign).joined).doesNotContain(USER);
        assertThat(homeserver.messagesFrom(USER, foreign)).isEmpty();
    }

    @Test
    void inAGroupRoomTalkThatIsNotForTheBotGetsNoAnswer() throws InterruptedException {
        String room = groupRoomWithBot();
        homeserver.text(room, ALICE, "Hallo zusammen, wer holt Kaffee?");
        homeserver.text(room, BOB, "ja");
        homeserver.text(room, ALICE, "auditbot: Audit starten");
        awaitReply(room, "Frage 1 von");
        homeserver.text(room, BOB, "Ich hole Kaffee");
        Thread.sleep(1500);
        assertThat(newReplies(room)).as("no answer to the team's chatter during the audit").isEmpty();
        homeserver.text(room, BOB, "teilweise");
        awaitReply(room, "Frage 2 von");
        long answered = homeserver.messagesFrom(USER, room).size();
        assertThat(answered).as("intro, start, answer – nothing for the coffee").isEqualTo(3);
    }

    @Test
    void aMessageInAThreadIsAnsweredInThatThread() {
        String room = directChatWithBot(ALICE);
        ObjectNode root = homeserver.text(room, ALICE, "Eine Frage zum Audit");
        awaitReplies(room, 2);
        ObjectNode content = StandInHomeserver.object().put("msgtype", "m.text").put("body", "Hilfe");
        content.putObject("m.relates_to").put("rel_type", "m.thread").put("event_id", root.path("event_id").asString())
                .put("is_falling_back", true).putObject("m.in_reply_to").put("event_id", root.path("event_id").asString());
        ObjectNode asked = homeserver.post(room, ALICE, content);
        ObjectNode reply = newRepliesAwaited(room).get(0);
        var relation = reply.path("content").path("m.relates_to");
        assertThat(relation.path("rel_type").asString()).isEqualTo("m.thread");
        assertThat(relation.path("event_id").asString()).isEqualTo(root.path("event_id").asString());
        assertThat(relation.path("m.in_reply_to").path("event_id").asString()).isEqualTo(asked.path("event_id").asString());
    }

    @Test
    void markupFromUsersNeverReachesTheHtml() {
        String room = directChatWithBot(ALICE);
        homeserver.text(room, ALICE, "<img src=x onerror=alert(1)><script>alert('x')</script>");
        String html = newRepliesAwaited(room).get(0).path("content").path("formatted_body").asString();
        assertThat(html).doesNotContain("<img", "<script", "onerror=alert(1)>");
    }

    @Test
    void aRateLimitedSendWaitsRetryAfterMsAndIsSentOnceWithTheSameTransaction() {
        String room = directChatWithBot(ALICE);
        homeserver.fail("PUT", ".*/rooms/.*/send/.*", 2, 429,
                "{\"errcode\":\"M_LIMIT_EXCEEDED\",\"error\":\"Too many requests\",\"retry_after_ms\":300}");
        long before = homeserver.count("PUT", ".*/send/.*");
        homeserver.text(room, ALICE, "Hilfe");
        assertThat(newRepliesAwaited(room)).hasSize(1);
        List<String> attempts = homeserver.requests.stream().skip(0)
                .filter(r -> r.method().equals("PUT") && r.path().matches(".*/send/.*")).map(r -> r.path())
                .skip(before).toList();
        assertThat(attempts).hasSizeGreaterThanOrEqualTo(3);
        assertThat(attempts.stream().distinct()).as("one transaction id for every attempt").hasSize(1);
    }

    @Test
    void aSendThatFailsWithA500IsSentAgainAndShowsOnce() throws InterruptedException {
        String room = directChatWithBot(ALICE);
        homeserver.fail("PUT", ".*/rooms/.*/send/.*", 1, 500, "{\"errcode\":\"M_UNKNOWN\",\"error\":\"Internal error\"}");
        homeserver.text(room, ALICE, "Hilfe");
        assertThat(newRepliesAwaited(room)).hasSize(1);
        Thread.sleep(1000);
        assertThat(newReplies(room)).hasSize(1);
    }

    @Test
    void aDroppedSyncConnectionAndServerErrorsDoNotStopTheSync() {
        String room = directChatWithBot(ALICE);
        homeserver.fail("GET", ".*/v3/sync", 1, 0, "");
        homeserver.fail("GET", ".*/v3/sync", 2, 502, "{\"errcode\":\"M_UNKNOWN\",\"error\":\"Bad gateway\"}");
        homeserver.text(room, ALICE, "Hilfe");
        assertThat(newRepliesAwaited(room)).hasSize(1);
        HealthIndicator health = bot.getBean(MatrixHealthIndicator.class);
        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void deletingTheRoomsDataLeavesNothingOfTheRoomInTheStore() {
        String room = directChatWithBot(ALICE);
        homeserver.text(room, ALICE, "Check-in");
        awaitReply(room, "Frage");
        homeserver.text(room, ALICE, "ja");
        awaitReply(room, "Frage");
        assertThat(documentsMentioning(room)).as("the room's data before").isNotEmpty()
                .anyMatch(doc -> doc.startsWith("matrixHandledEvents"));
        homeserver.text(room, ALICE, "Meine Daten löschen");
        awaitReply(room, "Wirklich alles löschen?");
        homeserver.text(room, ALICE, "Ja, alles löschen");
        awaitReply(room, "Alles zu Ihrem Team ist gelöscht");
        assertThat(documentsMentioning(room)).isEmpty();
    }

    @Test
    void theRetentionPurgeAlsoDeletesTheRoomsHandledEvents() {
        String room = directChatWithBot(ALICE);
        homeserver.text(room, ALICE, "Check-in");
        awaitReply(room, "Frage");
        assertThat(documentsMentioning(room)).anyMatch(doc -> doc.startsWith("matrixHandledEvents"));
        RetentionPurge purge = bot.getBean(RetentionPurge.class);
        purge.purge(Instant.now());
        assertThat(documentsMentioning(room)).as("nothing is older than the retention period yet").isNotEmpty();
        purge.purge(Instant.now().plus(bot.getBean(PrivacyProperties.class).retention()).plus(Duration.ofMinutes(1)));
        assertThat(documentsMentioning(room)).isEmpty();
    }

    /** Every document in any collection of the bot's store that names the room, as collection: JSON. */
    private static List<String> documentsMentioning(String room) {
        MongoTemplate mongo = bot.getBean(MongoTemplate.class);
        String quoted = "\"" + room + "\"";
        String inKey = ":" + room + "\"";
        return mongo.getCollectionNames().stream()
                .flatMap(name -> mongo.findAll(Document.class, name).stream().map(d -> name + ": " + d.toJson()))
                .filter(json -> json.contains(quoted) || json.contains(inKey))
                .toList();
    }

    /** A room of Alice, Bob and the bot, with the bot's introduction already there. */
    static String groupRoomWithBot() {
        String room = homeserver.createRoom(ALICE, false);
        homeserver.join(room, BOB);
        homeserver.invite(room, ALICE, USER);
        eventually("the bot joins", 20_000, () -> homeserver.state.room(room).joined.contains(USER));
        awaitReplies(room, 1);
        return room;
    }

    /** The bot's last notice in the room; images of charts do not count. */
    static ObjectNode lastFromBot(String room) {
        List<ObjectNode> all = notices(homeserver.messagesFrom(USER, room));
        return all.get(all.size() - 1);
    }

    static List<ObjectNode> notices(List<ObjectNode> events) {
        return events.stream().filter(e -> !"m.image".equals(e.path("content").path("msgtype").asString())).toList();
    }

    /** Waits until the room's last message is the bot's question (numbered options) or result. */
    static void awaitQuestionOrResult(String room) {
        eventually("a question or the result in " + room, 20_000, () -> {
            List<ObjectNode> all = notices(homeserver.messagesFrom(null, room));
            ObjectNode last = all.get(all.size() - 1);
            String html = last.path("content").path("formatted_body").asString();
            return USER.equals(last.path("sender").asString()) && (html.contains("<ol>") || html.contains("<table>"));
        });
    }

    static List<ObjectNode> newRepliesAwaited(String room) {
        eventually("a reply in " + room, 20_000, () -> !newReplies(room).isEmpty());
        return newReplies(room);
    }

    /** A room of the person and the bot, joined, with the bot's introduction already there. */
    static String directChatWithBot(String person) {
        String room = homeserver.createRoom(person, false);
        homeserver.invite(room, person, USER);
        eventually("the bot joins", 20_000, () -> homeserver.state.room(room).joined.contains(USER));
        awaitReplies(room, 1);
        return room;
    }

    /** The first reply of the bot after the last message of another person that contains the text. */
    static ObjectNode awaitReply(String room, String text) {
        eventually("a reply with '" + text + "' in " + room, 20_000, () -> newReplies(room).stream()
                .anyMatch(e -> e.path("content").path("body").asString().contains(text)));
        return newReplies(room).stream().filter(e -> e.path("content").path("body").asString().contains(text))
                .findFirst().orElseThrow();
    }

    /** The bot's messages after the last message of someone else. */
    static List<ObjectNode> newReplies(String room) {
        List<ObjectNode> all = homeserver.messagesFrom(null, room);
        int last = 0;
        for (int i = 0; i < all.size(); i++) {
            if (!USER.equals(all.get(i).path("sender").asString())) {
                last = i + 1;
            }
        }
        return all.subList(last, all.size()).stream().filter(e -> USER.equals(e.path("sender").asString())).toList();
    }

    static List<ObjectNode> awaitReplies(String room, int count) {
        eventually(count + " replies in " + room, 20_000, () -> homeserver.messagesFrom(USER, room).size() >= count);
        return homeserver.messagesFrom(USER, room);
    }

    private List<Boolean> typingNotices(String room) {
        return homeserver.requests.stream()
                .filter(r -> r.method().equals("PUT") && r.path().endsWith("/rooms/" + room + "/typing/" + USER))
                .map(r -> r.body().path("typing").asBoolean()).toList();
    }
}
