package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationKey;
import de.auditbot.conversation.ConversationService;
import de.auditbot.conversation.InboundMessage;
import de.auditbot.conversation.Reply;
import de.auditbot.conversation.Turn;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the answer to a room message the channel has taken on: a notice for a message that
 * could not be decrypted or is too long, else the turn of the conversation core. Hands the answer
 * back as sends not yet done, so that the channel decides whether it may still send them.
 */
final class MessageReplies {

    private final MatrixGateway gateway;
    private final ConversationService conversations;
    private final DialogTexts texts;
    private final RoomAudience audience;
    private final ReplyRenderer renderer;
    private final ResultCharts charts;
    private final UntilStoreIsBack store;

    MessageReplies(MatrixGateway gateway, ConversationService conversations, DialogTexts texts, RoomAudience audience,
            ReplyRenderer renderer, ResultCharts charts, UntilStoreIsBack store) {
        this.gateway = gateway;
        this.conversations = conversations;
        this.texts = texts;
        this.audience = audience;
        this.renderer = renderer;
        this.charts = charts;
        this.store = store;
    }

    /** The sends that answer the message; running its turn is the only thing done here. */
    List<Runnable> of(RoomMessage message, Optional<Conversation> conversation) {
        String room = message.roomId();
        if (message.undecryptable()) {
            Messages messages = messages(conversation);
            return List.of(() -> send(new Reply(messages.text("matrix.undecryptable"), List.of(), null), room,
                    message.threadRootId(), message.eventId(), messages.language()));
        }
        // Empty only for a message taken over after its turn was written: it is no longer for the bot.
        Optional<String> text = audience.textForBot(message, conversation);
        if (text.isEmpty()) {
            return List.of();
        }
        // A bare prefix or mention asks for help once the room's conversation is open.
        String said = text.get().isBlank() && conversation.isPresent() ? messages(conversation).quickReply("help")
                : text.get();
        int length = said.codePointCount(0, said.length());
        if (length > MatrixChannel.MAX_TEXT) {
            // Nothing of it is stored: a room must not be able to grow its conversation without limit.
            Messages messages = messages(conversation);
            String notice = messages.format("matrix.tooLong", Map.of("length", length, "max", MatrixChannel.MAX_TEXT));
            return List.of(() -> send(new Reply(notice, List.of(), null), room, message.threadRootId(),
                    message.eventId(), messages.language()));
        }
        ConversationKey key = new ConversationKey(MatrixChannel.CHANNEL, room);
        Turn turn = store.call("handling a message",
                () -> conversations.handle(new InboundMessage(key, message.sender(), said, message.eventId())));
        List<Runnable> sends = new ArrayList<>();
        turn.replies().forEach(reply -> sends.add(() -> send(reply, room, message.threadRootId(), message.eventId(),
                turn.language())));
        if (ResultCharts.anyResult(turn.replies())) {
            sends.add(() -> store.call("reading a room's conversation", () -> conversations.find(key))
                    .ifPresent(c -> charts.send(c, room, message.threadRootId(), message.eventId())));
        }
        return sends;
    }

    void send(Reply reply, String roomId, String threadRootId, String inReplyTo, String language) {
        gateway.send(renderer.render(reply, roomId, threadRootId, inReplyTo, language)).join();
    }

    Messages messages(Optional<Conversation> conversation) {
        return texts.messages(conversation.map(Conversation::language).orElse(texts.defaultLanguage()));
    }
}
