package de.auditbot.nlp;

/**
 * A recognised intent.
 *
 * @param number    the principle number of a {@link IntentType#CHANGE} or a numbered {@link IntentType#ASK_CRITERION}
 * @param language  the language code of a {@link IntentType#LANGUAGE}
 * @param alternative for an {@link IntentType#ANSWER} during an audit: what the message may mean instead of an
 *                    answer when the bot cannot tell the two apart (the team is offered both): a command, or
 *                    {@link IntentType#ASK_CRITERION} for a question that may as well be an answer; null otherwise
 */
public record Intent(IntentType type, double confidence, Integer number, String language, IntentType alternative) {

    public Intent(IntentType type, double confidence, Integer number, String language) {
        this(type, confidence, number, language, null);
    }

    public static Intent of(IntentType type) {
        return new Intent(type, 1.0, null, null);
    }

    public static Intent answer() {
        return new Intent(IntentType.ANSWER, 0.0, null, null);
    }

    /**
     * An answer that may also mean a command or a question about a principle (null: it may not): the
     * bot then offers both.
     */
    public static Intent answerOr(double confidence, IntentType alternative) {
        return new Intent(IntentType.ANSWER, confidence, null, null, alternative);
    }
}
