package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.Reply;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps room events to the conversation core and its replies back to notices: one conversation per
 * room, every answer recorded with the Matrix user who gave it. Holds no dialog logic; decides
 * only which messages are for the bot.
 */
class MatrixChannel implements MatrixListener {

    static final String CHANNEL = "matrix";
    /** The longest message the bot takes on, in characters, as on the web. */
    static final int MAX_TEXT = 4_000;
    private static final Logger log = LoggerFactory.getLogger(MatrixChannel.class);

    private final MatrixGateway gateway;
    private final ConversationService conversations;
    private final HandledEvents handled;
    private final InvitePolicy invites;
    private final RoomAudience audience;
    private final MessageReplies replies;
    private final RoomQueues queues;
    private final UntilStoreIsBack store = new UntilStoreIsBack(200, 5_000);
    private final String botUserId;
    private final String prefix;
    private volatile Instant firstStart = Instant.MAX;

    MatrixChannel(MatrixGateway gateway, ConversationService conversations, DialogTexts texts, HandledEvents handled,
            MatrixProperties properties, RoomQueues queues, AnswerRecognizer answers, ResultCharts charts) {
        this.gateway = gateway;
        this.conversations = conversations;
        this.handled = handled;
        this.invites = new InvitePolicy(properties);
        this.audience = new RoomAudience(new Addressing(properties.commandPrefix()), answers, properties.userId());
        this.replies = new MessageReplies(gateway, conversations, texts, audience,
                new ReplyRenderer(new ResultTables(texts)), charts, store);
        this.queues = queues;
        this.botUserId = properties.userId();
        this.prefix = properties.commandPrefix().trim();
    }

    /**
     * Starts listening; messages sent before the account's very first start are never answered.
     * Messages that an earlier holder of the channel took on but never answered (it died or lost
     * the lease in between) are answered first, each in its room's order.
     */
    void start() {
        firstStart = handled.firstStart(botUserId);
        CompletableFuture<Void> open = new CompletableFuture<>();
        answerAbandoned(Duration.ZERO, open);
        try {
            gateway.start(this).join();
            open.complete(null);
        } catch (RuntimeException e) {
            open.completeExceptionally(e);
            throw e;
        }
    }

    /**
     * Answers the messages whose claim is older than the given age and still unanswered: taken on
     * by an instance that went on standby in the middle and claimed it after the last take-over.
     */
    void answerAbandoned(Duration olderThan) {
        answerAbandoned(olderThan, CompletableFuture.completedFuture(null));
    }

    private void answerAbandoned(Duration olderThan, CompletableFuture<Void> open) {
        List<HandledEvent> unanswered = handled.takeOverUnanswered(olderThan);
        if (!unanswered.isEmpty()) {
            log.info("Taking over {} messages that were taken on but never answered", unanswered.size());
        }
        for (HandledEvent event : unanswered) {
            queues.submit(event.roomId(), () -> {
                open.join();
                answer(event.waiting(), event.claim(), find(event.roomId()));
            });
        }
    }

    @Override
    public void onInvite(RoomInvite invite) {
        queues.submit(invite.roomId(), () -> {
            if (!invites.allows(invite.inviter())) {
                log.info("Declining an invite into {} from a user who is not allowed", invite.roomId());
                gateway.decline(invite.roomId()).join();
                return;
            }
            gateway.join(invite.roomId()).join();
            log.info("Joined {}", invite.roomId());
            ConversationKey key = new ConversationKey(CHANNEL, invite.roomId());
            // The room's conversation opens with the join; the two-line introduction stands in for
            // the core's longer greeting and offers the same first choices.
            List<String> choices = store.call("opening a room's conversation", () -> conversations.find(key).isPresent()
                    ? List.<String>of()
                    : conversations.start(key, invite.inviter(), null).replies().stream()
                            .reduce((first, last) -> last).map(Reply::quickReplies).orElse(List.of()));
            Messages messages = replies.messages(find(invite.roomId()));
            String intro = messages.format("matrix.introduction", Map.of("prefix", prefix));
            replies.send(new Reply(intro, choices, null), invite.roomId(), null, null, messages.language());
        });
    }

    @Override
    public void onMessage(RoomMessage message) {
        if (message.sender().equals(botUserId) || message.sentAt().isBefore(firstStart)) {
            return;
        }
        queues.submit(message.roomId(), () -> handle(message));
    }

    private void handle(RoomMessage message) {
        Optional<Conversation> conversation = find(message.roomId());
        boolean forBot = message.undecryptable() || audience.textForBot(message, conversation).isPresent();
        // One token for this handling: a claim repeated after a lost store answer still counts as ours.
        String claim = UUID.randomUUID().toString();
        if (forBot && store.call("claiming an event", () -> handled.claim(message, claim))) {
            answer(message, claim, conversation);
        }
    }

    /**
     * Answers a claimed message, and records it as answered only once the answer is sent, so that
     * the next holder of the channel answers it if this one dies before; sends nothing when the
     * claim was taken over meanwhile.
     */
    private void answer(RoomMessage message, String claim, Optional<Conversation> conversation) {
        gateway.typing(message.roomId(), true);
        try {
            List<Runnable> sends = replies.of(message, conversation);
            if (!store.call("checking a claim", () -> handled.stillOurs(message, claim))) {
                log.warn("A message in {} was taken over by the next holder of the Matrix channel; not answering it here",
                        message.roomId());
                return;
            }
            sends.forEach(Runnable::run);
            store.call("recording an answer", () -> {
                handled.answered(message, claim);
                return true;
            });
        } finally {
            gateway.typing(message.roomId(), false);
        }
    }

    private Optional<Conversation> find(String roomId) {
        return store.call("reading a room's conversation", () -> conversations.find(new ConversationKey(CHANNEL, roomId)));
    }
}
