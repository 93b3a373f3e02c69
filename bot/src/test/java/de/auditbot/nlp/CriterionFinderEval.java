package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.content.ContentProperties;
import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.ModelTrainer;
import de.auditbot.nlp.model.Sample;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.model.TrainingData;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Cross-validation of the criterion finder over the training questions, the measure its weights
 * are chosen by: every tenth question (in the sorted order, so each fold holds every principle) is
 * found by the finder with a criterion model trained on the other nine tenths. Not part of the
 * normal build; run with
 * {@code ./mvnw -B -pl bot -am test -Dtest=CriterionFinderEval -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class CriterionFinderEval {

    private static final int FOLDS = 10;

    @Test
    void crossValidatesTheFinderOverTheTrainingQuestions() throws IOException {
        Catalog catalog = new CatalogRegistry(new ContentProperties("classpath:/dialogs/", "ozg-servicestandard",
                List.of("de", "en")), new PathMatchingResourcePatternResolver()).defaultCatalog();
        TextNormalizer normalizer = new TextNormalizer();
        ChatFeatures features = new ChatFeatures(normalizer);
        List<Sample> samples = TrainingData.training(ModelKind.CRITERION);
        int top1 = 0;
        int top3 = 0;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<Sample> train = new ArrayList<>();
            List<Sample> test = new ArrayList<>();
            for (int i = 0; i < samples.size(); i++) {
                (i % FOLDS == fold ? test : train).add(samples.get(i));
            }
            TextClassifier model = TextClassifier.of(ModelKind.CRITERION,
                    new ModelTrainer(features).train(ModelKind.CRITERION, train), features, train);
            CriterionFinder finder = new CriterionFinder(model, normalizer, "ozg-servicestandard");
            for (Sample sample : test) {
                CriterionMatch match = finder.find(sample.text(), null, catalog);
                int principle = Integer.parseInt(sample.label());
                top1 += match.best() == principle ? 1 : 0;
                top3 += match.top(3).contains(principle) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "criterion finder, %d-fold cross-validation over %d training questions: "
                + "top-1 %.1f %%, top-3 %.1f %%%n", FOLDS, samples.size(), 100.0 * top1 / samples.size(),
                100.0 * top3 / samples.size());
        assertThat((double) top1 / samples.size()).as("top-1").isGreaterThanOrEqualTo(0.88);
        assertThat((double) top3 / samples.size()).as("top-3").isGreaterThanOrEqualTo(0.96);
    }
}
