package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.InboundMessage;
import de.auditbot.conversation.Reply;
import de.auditbot.conversation.Turn;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
    private final DialogTexts texts;
    private final HandledEvents handled;
    private final InvitePolicy invites;
    private final RoomAudience audience;
    private final ReplyRenderer renderer;
    private final RoomQueues queues;
    private final UntilStoreIsBack store = new UntilStoreIsBack(200, 5_000);
    private final ResultCharts charts;
    private final String botUserId;
    private final String prefix;
    private volatile Instant firstStart = Instant.MAX;

    MatrixChannel(MatrixGateway gateway, ConversationService conversations, DialogTexts texts, HandledEvents handled,
            MatrixProperties properties, RoomQueues queues, AnswerRecognizer answers, ResultCharts charts) {
        this.gateway = gateway;
        this.conversations = conversations;
        this.texts = texts;
        this.handled = handled;
        this.invites = new InvitePolicy(properties);
        this.audience = new RoomAudience(new Addressing(properties.commandPrefix()), answers, properties.userId());
        this.renderer = new ReplyRenderer(new ResultTables(texts));
        this.queues = queues;
        this.charts = charts;
        this.botUserId = properties.userId();
        this.prefix = properties.commandPrefix().trim();
    }

    /** Starts listening; messages sent before the account's very first start are never answered. */
    void start() {
        firstStart = handled.firstStart(botUserId);
        gateway.start(this).join();
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
            Messages messages = messages(invite.roomId());
            String intro = messages.format("matrix.introduction", Map.of("prefix", prefix));
            send(new Reply(intro, choices, null), invite.roomId(), null, null, messages.language());
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
        ConversationKey key = new ConversationKey(CHANNEL, message.roomId());
        Optional<Conversation> conversation = store.call("reading a room's conversation", () -> conversations.find(key));
        // One token for this handling: a claim repeated after a lost store answer still counts as ours.
        String claim = UUID.randomUUID().toString();
        if (message.undecryptable()) {
            if (store.call("claiming an event", () -> handled.claim(message, claim))) {
                Messages messages = messages(conversation);
                send(new Reply(messages.text("matrix.undecryptable"), List.of(), null), message.roomId(),
                        message.threadRootId(), message.eventId(), messages.language());
            }
            return;
        }
        Optional<String> text = audience.textForBot(message, conversation);
        if (text.isEmpty() || !store.call("claiming an event", () -> handled.claim(message, claim))) {
            return;
        }
        // A bare prefix or mention asks for help once the room's conversation is open.
        String said = text.get().isBlank() && conversation.isPresent() ? messages(conversation).quickReply("help")
                : text.get();
        int length = said.codePointCount(0, said.length());
        if (length > MAX_TEXT) {
            // Nothing of it is stored: a room must not be able to grow its conversation without limit.
            Messages messages = messages(conversation);
            String notice = messages.format("matrix.tooLong", Map.of("length", length, "max", MAX_TEXT));
            send(new Reply(notice, List.of(), null), message.roomId(), message.threadRootId(), message.eventId(),
                    messages.language());
            return;
        }
        gateway.typing(message.roomId(), true);
        try {
            Turn turn = store.call("handling a message",
                    () -> conversations.handle(new InboundMessage(key, message.sender(), said, message.eventId())));
            turn.replies().forEach(reply -> send(reply, message.roomId(), message.threadRootId(), message.eventId(),
                    turn.language()));
            if (ResultCharts.anyResult(turn.replies())) {
                store.call("reading a room's conversation", () -> conversations.find(key))
                        .ifPresent(c -> charts.send(c, message.roomId(), message.threadRootId(), message.eventId()));
            }
        } finally {
            gateway.typing(message.roomId(), false);
        }
    }

    private void send(Reply reply, String roomId, String threadRootId, String inReplyTo, String language) {
        gateway.send(renderer.render(reply, roomId, threadRootId, inReplyTo, language)).join();
    }

    private Messages messages(String roomId) {
        return messages(store.call("reading a room's language",
                () -> conversations.find(new ConversationKey(CHANNEL, roomId))));
    }

    private Messages messages(Optional<Conversation> conversation) {
        return texts.messages(conversation.map(Conversation::language).orElse(texts.defaultLanguage()));
    }
}
