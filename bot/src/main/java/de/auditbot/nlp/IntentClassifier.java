package de.auditbot.nlp;

/**
 * Tells commands ("überspringen", "Prinzip 3 ändern", "english") from answers. Returns
 * {@link IntentType#ANSWER} for anything that is not a command.
 */
public interface IntentClassifier {

    Intent classify(String text, String language);
}
