package de.auditbot.nlp;

import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.text.PhraseMatcher;
import de.auditbot.nlp.text.TextNormalizer;

/**
 * Recognises commands from the phrase lists in the dialog texts, in every language at once.
 * Whatever is not a known command is an {@link IntentType#ANSWER}.
 */
public final class PhraseIntentClassifier implements IntentClassifier {

    private final PhraseMatcher<Intent> matcher;

    public PhraseIntentClassifier(DialogTexts texts, TextNormalizer normalizer) {
        this.matcher = new PhraseMatcher<>(normalizer);
        for (String language : texts.languages()) {
            PhraseTables.addAll(matcher, language, "understand.intents", texts.phrases(language).intents(),
                    PhraseTables.byName(IntentType.class).andThen(type -> type == null ? null : Intent.of(type)),
                    PhraseTables.names(IntentType.class));
            PhraseTables.addAll(matcher, language, "understand.languages", texts.phrases(language).languages(),
                    code -> texts.supports(code) ? new Intent(IntentType.LANGUAGE, 1.0, null, code) : null,
                    texts.languages());
        }
    }

    @Override
    public Intent classify(String text, String language) {
        return matcher.match(text)
                .map(m -> m.number() == null ? m.label()
                        : new Intent(m.label().type(), m.label().confidence(), m.number(), null))
                .orElseGet(Intent::answer);
    }
}
