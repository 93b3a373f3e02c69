package de.auditbot.channel.matrix;

import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ConversationState;
import java.util.Optional;
import java.util.Set;

/**
 * Which room messages are for the bot, and what they say to it. In a direct chat, all of them; in a
 * group room, those with the prefix or a mention, and, while the room's audit waits for an answer,
 * those that answer it (by word or by the number of a quick reply). The rest of the team's talk
 * gets no "I did not understand".
 */
final class RoomAudience {

    private static final Set<ConversationState> AWAITING_ANSWER = Set.of(ConversationState.AUDIT, ConversationState.CONFIRM);

    private final Addressing addressing;
    private final AnswerRecognizer answers;
    private final String botUserId;

    RoomAudience(Addressing addressing, AnswerRecognizer answers, String botUserId) {
        this.addressing = addressing;
        this.answers = answers;
        this.botUserId = botUserId;
    }

    /** The text for the bot with quick-reply numbers resolved, or empty when the message is not for it. */
    Optional<String> textForBot(RoomMessage message, Optional<Conversation> conversation) {
        var offered = QuickReplyNumbers.offered(conversation);
        if (message.direct()) {
            return Optional.of(QuickReplyNumbers.resolve(message.body().strip(), offered));
        }
        Optional<String> explicit = addressing.explicit(message, botUserId);
        if (explicit.isPresent()) {
            return explicit.map(text -> QuickReplyNumbers.resolve(text, offered));
        }
        if (conversation.isEmpty() || !AWAITING_ANSWER.contains(conversation.get().state())) {
            return Optional.empty();
        }
        String text = QuickReplyNumbers.resolve(message.body().strip(), offered);
        return answers.recognizes(text, conversation.get()) ? Optional.of(text) : Optional.empty();
    }
}
