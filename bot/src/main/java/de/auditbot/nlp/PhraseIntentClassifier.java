package de.auditbot.nlp;

import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.text.PhraseMatcher;
import de.auditbot.nlp.text.TextNormalizer;

/**
 * Recognises commands from the phrase lists in the dialog texts, in every language at once.
 * Whatever is not a known command is an {@link IntentType#ANSWER}.
 */
public final class PhraseIntentClassifier implements IntentClassifier {

    private static final String LANGUAGE_PREFIX = "language:";

    private final PhraseMatcher<String> matcher;

    public PhraseIntentClassifier(DialogTexts texts, TextNormalizer normalizer) {
        this.matcher = new PhraseMatcher<>(normalizer);
        for (String language : texts.languages()) {
            texts.phrases(language).intents().forEach((intent, phrases) -> {
                IntentType.valueOf(intent);
                phrases.forEach(phrase -> add(phrase, intent, language));
            });
            texts.phrases(language).languages().forEach((target, phrases) ->
                    phrases.forEach(phrase -> add(phrase, LANGUAGE_PREFIX + target, language)));
        }
    }

    private void add(String phrase, String label, String language) {
        if (!matcher.add(phrase, label)) {
            throw new IllegalStateException("Command phrase '" + phrase + "' (" + language
                    + ") is empty or claimed by two commands");
        }
    }

    @Override
    public Intent classify(String text, String language) {
        return matcher.match(text).map(m -> {
            if (m.label().startsWith(LANGUAGE_PREFIX)) {
                return new Intent(IntentType.LANGUAGE, 1.0, null, m.label().substring(LANGUAGE_PREFIX.length()));
            }
            return new Intent(IntentType.valueOf(m.label()), 1.0, m.number(), null);
        }).orElseGet(Intent::answer);
    }
}
