package de.auditbot.nlp;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.text.PhraseMatcher;
import de.auditbot.nlp.text.TextNormalizer;
import java.util.Optional;

/**
 * Understands answers given as quick replies or plain words ("ja", "teilweise", "weiß nicht",
 * "n/a", "✅") from the phrase lists in the dialog texts, in every language at once. It never
 * guesses: anything else is not understood.
 */
public final class PhraseAnswerClassifier implements AnswerClassifier {

    private final PhraseMatcher<AnswerLevel> matcher;

    public PhraseAnswerClassifier(DialogTexts texts, TextNormalizer normalizer) {
        this.matcher = new PhraseMatcher<>(normalizer);
        for (String language : texts.languages()) {
            PhraseTables.addAll(matcher, language, "understand.answers", texts.phrases(language).answers(),
                    PhraseTables.byName(AnswerLevel.class), PhraseTables.names(AnswerLevel.class));
        }
    }

    @Override
    public Optional<AnswerClassification> classify(String text, String language) {
        return matcher.match(text).map(m -> new AnswerClassification(m.label(), 1.0));
    }
}
