package de.auditbot.nlp;

import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.model.AnswerInContext;
import de.auditbot.nlp.model.ConfidencePolicy;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.FrequencyCues;
import de.auditbot.nlp.text.TextNormalizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The classifiers the conversation core uses: the exact phrases of the dialog texts in front,
 * the models trained by nlp-models behind them.
 */
@Configuration(proxyBeanMethods = false)
class NlpConfiguration {

    private static final Logger log = LoggerFactory.getLogger(NlpConfiguration.class);

    @Bean
    TextNormalizer textNormalizer() {
        return new TextNormalizer();
    }

    @Bean
    NlpModels nlpModels(TextNormalizer normalizer) {
        long start = System.nanoTime();
        NlpModels models = NlpModelsPreload.take(new ChatFeatures(normalizer));
        log.info("Loaded the answer, intent and criterion models ({} ms waited for them)",
                (System.nanoTime() - start) / 1_000_000);
        return models;
    }

    /** The answer phrase table, shared by both classifiers; not a bean, so that it is no second AnswerClassifier. */
    private PhraseAnswerClassifier answerPhrases;

    @Bean
    AnswerInContext answerInContext(NlpModels models, TextNormalizer normalizer) {
        return new AnswerInContext(models.answers(), new FrequencyCues(normalizer));
    }

    @Bean
    AnswerClassifier answerClassifier(DialogTexts texts, TextNormalizer normalizer, AnswerInContext answerModel) {
        return new OpenNlpAnswerClassifier(answerPhrases(texts, normalizer), answerModel,
                ConfidencePolicy.ANSWERS);
    }

    @Bean
    IntentClassifier intentClassifier(DialogTexts texts, TextNormalizer normalizer, NlpModels models) {
        return new OpenNlpIntentClassifier(new PhraseIntentClassifier(texts, normalizer),
                answerPhrases(texts, normalizer), models.intents());
    }

    private synchronized PhraseAnswerClassifier answerPhrases(DialogTexts texts, TextNormalizer normalizer) {
        if (answerPhrases == null) {
            answerPhrases = new PhraseAnswerClassifier(texts, normalizer);
        }
        return answerPhrases;
    }

    @Bean
    CriterionFinder criterionFinder(NlpModels models, TextNormalizer normalizer,
            @Value("${auditbot.nlp.criterion-model-catalog:ozg-servicestandard}") String modelCatalogId) {
        return new CriterionFinder(models.criteria(), normalizer, modelCatalogId);
    }
}
