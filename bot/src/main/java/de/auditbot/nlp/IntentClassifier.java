package de.auditbot.nlp;

/**
 * Tells commands ("überspringen", "Prinzip 3 ändern", "english") from answers. Returns
 * {@link IntentType#ANSWER} for anything that is not a command.
 */
public interface IntentClassifier {

    Intent classify(String text, String language);

    /**
     * Classifies a message knowing whether the bot has just asked a check question; then an
     * unsure command is better read as an answer.
     */
    default Intent classify(String text, String language, boolean answerExpected) {
        return classify(text, language);
    }
}
