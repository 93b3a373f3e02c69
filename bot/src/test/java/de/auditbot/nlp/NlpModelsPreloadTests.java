package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import org.junit.jupiter.api.Test;

class NlpModelsPreloadTests {

    private final ChatFeatures features = new ChatFeatures(new TextNormalizer());

    @Test
    void theContextTakesThePreloadedModelsOnce() {
        NlpModelsPreload.start();
        assertThat(NlpModelsPreload.pending()).isTrue();

        NlpModels preloaded = NlpModelsPreload.take(features);

        assertThat(NlpModelsPreload.pending()).isFalse();
        assertThat(preloaded.criteria().labels()).hasSize(19);
        NlpModels second = NlpModelsPreload.take(features);
        assertThat(second).isNotSameAs(preloaded);
        assertThat(second.answers().labels()).isEqualTo(preloaded.answers().labels());
    }

    @Test
    void withoutAPreloadTheModelsAreLoadedOnTheSpot() {
        NlpModels models = NlpModelsPreload.take(features);

        assertThat(models.intents().labels()).isNotEmpty();
        assertThat(NlpModelsPreload.pending()).isFalse();
    }
}
