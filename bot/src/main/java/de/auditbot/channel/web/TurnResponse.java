package de.auditbot.channel.web;

import de.auditbot.conversation.ConversationState;
import de.auditbot.conversation.Progress;
import de.auditbot.conversation.Reply;
import de.auditbot.conversation.Turn;
import java.util.List;

/**
 * The answer to opening a conversation or sending a message. It carries the language, so that the
 * chat page follows a switch the team typed ("English") as well as one it clicked.
 */
record TurnResponse(String id, List<Reply> messages, ConversationState state, Progress progress, String locale) {

    static TurnResponse of(Turn turn) {
        return new TurnResponse(turn.conversationId(), turn.replies(), turn.state(), turn.progress(), turn.language());
    }
}
