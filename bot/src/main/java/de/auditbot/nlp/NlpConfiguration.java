package de.auditbot.nlp;

import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.text.TextNormalizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classifiers the conversation core uses: for now the phrase-based ones, which understand
 * quick replies and plain words exactly.
 */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    @Bean
    TextNormalizer textNormalizer() {
        return new TextNormalizer();
    }

    @Bean
    AnswerClassifier phraseAnswerClassifier(DialogTexts texts, TextNormalizer normalizer) {
        return new PhraseAnswerClassifier(texts, normalizer);
    }

    @Bean
    IntentClassifier phraseIntentClassifier(DialogTexts texts, TextNormalizer normalizer) {
        return new PhraseIntentClassifier(texts, normalizer);
    }
}
