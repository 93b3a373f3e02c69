package de.auditbot.conversation.flow;

import de.auditbot.nlp.IntentType;
import java.util.Map;
import java.util.Optional;

/**
 * The quick reply that gives a command inside an audit: its label is one of the command's exact
 * phrases, so tapping it is understood for certain. Commands without one are not offered.
 */
final class CommandButtons {

    private static final Map<IntentType, String> KEYS = Map.of(
            IntentType.CANCEL, "cancel",
            IntentType.PAUSE, "pause",
            IntentType.SKIP, "skip",
            IntentType.BACK, "back",
            IntentType.STATUS, "status",
            IntentType.RESULT, "result",
            IntentType.HELP, "help",
            IntentType.HISTORY, "history",
            IntentType.REPORT, "report");

    private CommandButtons() {
    }

    /** The quick reply key of a command, if it can be offered as a button. */
    static Optional<String> key(IntentType command) {
        return Optional.ofNullable(command).map(KEYS::get);
    }
}
