package de.auditbot.nlp;

/**
 * A recognised intent.
 *
 * @param number   the principle number of a {@link IntentType#CHANGE} or a numbered {@link IntentType#ASK_CRITERION}
 * @param language the language code of a {@link IntentType#LANGUAGE}
 */
public record Intent(IntentType type, double confidence, Integer number, String language) {

    public static Intent of(IntentType type) {
        return new Intent(type, 1.0, null, null);
    }

    public static Intent answer() {
        return new Intent(IntentType.ANSWER, 0.0, null, null);
    }
}
