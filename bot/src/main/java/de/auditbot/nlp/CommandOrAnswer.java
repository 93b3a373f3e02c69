package de.auditbot.nlp;

import de.auditbot.nlp.text.MessageMood;
import de.auditbot.nlp.text.MessageMood.Mood;
import de.auditbot.nlp.text.TextNormalizer;

/**
 * Decides, while a check question is pending, whether a message the intent model takes for a
 * command is that command, an answer, or either. A command needs 0.7 to win over an answer, so
 * that answers mentioning command words stay answers; how the message is worded ({@link MessageMood})
 * moves that line. A request ("könnten wir hier abbrechen, die Leitung ruft an", "let's pause, the
 * projector died") is the command from 0.4 on. A statement about the team's work ("die Tests
 * überspringen wir meistens", "wir haben das Projekt im Sommer pausiert") is an answer below 0.7 and
 * either above. A message that only leans toward a statement (a negation, "unser") is the command
 * from 0.7 and an answer below. Anything else is the command from 0.7 and either from 0.4. Either
 * means the bot offers both, the command and the answer levels, and records nothing on its own.
 *
 * <p>A request whose reason pulls the model toward an answer ("could we call it off please, the fire
 * alarm is going off": ANSWER first, CANCEL second) is still the command when the command is the
 * likeliest one from 0.1 on ({@link #requestsRunnerUp}). Fresh answers are hardly ever worded as
 * requests: of 475 held-out answers (sets 1–3 and 8) 4 were, none with a command above 0.02. (The
 * line was 0.2 until the eighth set's lines joined training and the fire-alarm request above fell
 * to CANCEL 0.196 and was recorded as fulfilled.)
 */
final class CommandOrAnswer {

    static final double COMMAND = 0.7;
    static final double REQUESTED_COMMAND = 0.4;
    static final double EITHER = 0.4;
    static final double REQUESTED_RUNNER_UP = 0.1;

    /** What a message inside an audit is taken for. */
    enum Reading { COMMAND, ANSWER, EITHER }

    private final MessageMood moods = new MessageMood(new TextNormalizer());

    /**
     * @param confidence how sure the intent model is of the command it ranks first
     */
    Reading read(String text, double confidence) {
        Mood mood = moods.of(text);
        if (mood == Mood.REQUEST && confidence >= REQUESTED_COMMAND) {
            return Reading.COMMAND;
        }
        if (mood == Mood.STATEMENT) {
            return confidence >= COMMAND ? Reading.EITHER : Reading.ANSWER;
        }
        if (mood == Mood.LEANS_STATEMENT) {
            return confidence >= COMMAND ? Reading.COMMAND : Reading.ANSWER;
        }
        if (confidence >= COMMAND) {
            return Reading.COMMAND;
        }
        return confidence >= EITHER ? Reading.EITHER : Reading.ANSWER;
    }

    /**
     * Whether a message the model ranks as an answer first is the command it ranks next: only a
     * request, and only when that command is at least fairly likely.
     *
     * @param confidence how likely the model finds the likeliest command
     */
    boolean requestsRunnerUp(String text, double confidence) {
        return confidence >= REQUESTED_RUNNER_UP && moods.of(text) == Mood.REQUEST;
    }
}
