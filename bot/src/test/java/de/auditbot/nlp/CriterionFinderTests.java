package de.auditbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.content.ContentProperties;
import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The criterion finder as the bot uses it, the model combined with retrieval over the real
 * catalog, measured on the held-out criterion questions of nlp-models (which no training reads).
 */
class CriterionFinderTests {

    private static final Path HELD_OUT = HeldOutSets.folder("heldout", "criteria");
    private static Catalog catalog;
    private static CriterionFinder finder;

    @BeforeAll
    static void load() throws IOException {
        catalog = new CatalogRegistry(new ContentProperties("classpath:/dialogs/", "ozg-servicestandard", List.of("de", "en")),
                new PathMatchingResourcePatternResolver()).defaultCatalog();
        TextNormalizer normalizer = new TextNormalizer();
        finder = new CriterionFinder(NlpModels.load(new ChatFeatures(normalizer)).criteria(), normalizer,
                "ozg-servicestandard");
    }

    @Test
    void anotherCatalogIsSearchedByItsOwnTextsWithoutTheModel() throws IOException {
        Catalog uk = new CatalogRegistry(new ContentProperties("classpath:/dialogs/", "ozg-servicestandard",
                List.of("de", "en")), new PathMatchingResourcePatternResolver()).get("uk-service-standard");
        CriterionMatch byTitle = finder.find("What does make new source code open mean?", null, uk);
        assertThat(byTitle.sure()).isTrue();
        assertThat(byTitle.best()).isEqualTo(12);
        CriterionMatch byTopic = finder.find("what do you mean by uptime and monitoring", null, uk);
        assertThat(byTopic.sure()).isTrue();
        assertThat(byTopic.best()).isEqualTo(14);
        // The model would take this for OZG principle 4 (once only) and so for the UK's point 4.
        CriterionMatch ozgTopic = finder.find("Was bedeutet das Once-Only-Prinzip?", null, uk);
        assertThat(ozgTopic.sure()).isFalse();
        assertThat(ozgTopic.topical()).isFalse();
    }

    @Test
    void aNamedPrincipleIsCertain() {
        CriterionMatch match = finder.find("egal was hier steht", 13, catalog);
        assertThat(match.sure()).isTrue();
        assertThat(match.best()).isEqualTo(13);
    }

    @Test
    void aQuestionWithoutTopicIsNotTopical() {
        assertThat(finder.find("Was heißt das genau?", null, catalog).topical()).isFalse();
        assertThat(finder.find("Was heißt Barrierefreiheit?", null, catalog).topical()).isTrue();
    }

    @Test
    void findsThePrincipleOfHeldOutQuestionsAtLeastAsWellAsTheModelAlone() throws IOException {
        double[] topK = measure(HELD_OUT, "held-out", 340);
        // targets 0.90 / 0.97; 92.4 % / 99.1 % after round 9 (93.3 % / 98.8 % before it), 93.3 % / 98.5 % after round 10
        assertThat(topK[0]).as("top-1").isGreaterThanOrEqualTo(0.92);
        assertThat(topK[1]).as("top-3").isGreaterThanOrEqualTo(0.98);
    }

    /**
     * The later held-out sets, each written before the changes of its round; only totals are printed.
     * Fourth: 90.4 % / 98.1 % after its round (before 91.3 % / 97.1 %), 91.3 % / 98.1 % after the
     * fifth follow-up, 93.3 % / 100.0 % after the sixth (the spent sets' lines in training). The fifth
     * to seventh sets were spent and now train the models (README). Eighth (written while others
     * changed the models): 88.4 % / 96.8 % before the sixth follow-up, 92.6 % / 97.9 % after it
     * (measured once). Ninth (written after that round, by an engineer who changes no models): 93.7 % /
     * 100.0 % before round 9, 94.7 % / 99.5 % after it. Tenth (written during round 9, sealed): 91.6 % /
     * 98.4 % after it (measured once), 92.6 % / 98.9 % after round 10. Eleventh (written at the start
     * of round 10): 92.1 % / 97.9 % before it, 94.2 % / 97.9 % after it, 94.7 % / 97.9 % after round 11.
     * Twelfth (written at the start of round 11): 92.6 % / 97.4 % before it, 93.7 % / 97.4 % after it.
     * The eighth to tenth sets' lines now train the models; the fourth set fell to 92.3 % / 100.0 %
     * when the ninth's joined.
     */
    @ParameterizedTest
    @CsvSource({"heldout-4, 95, 0.92, 0.99", "heldout-11, 190, 0.93, 0.97", "heldout-12, 190, 0.93, 0.97"})
    void findsThePrincipleOfTheLaterHeldOutSets(String set, int questions, double top1, double top3) throws IOException {
        assumeFalse(HeldOutSets.sealed(set), set + " is sealed in this working copy");
        double[] topK = measure(HeldOutSets.folder(set, "criteria"), set, questions);
        assertThat(topK[0]).as("top-1").isGreaterThanOrEqualTo(top1);
        assertThat(topK[1]).as("top-3").isGreaterThanOrEqualTo(top3);
    }

    /** Top-1 and top-3 share of the questions under a folder, one file per principle. */
    private static double[] measure(Path folder, String name, int atLeast) throws IOException {
        int total = 0;
        int top1 = 0;
        int top3 = 0;
        for (var principle : catalog.principles()) {
            Path file = folder.resolve(principle.number() + ".txt");
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                CriterionMatch match = finder.find(line, null, catalog);
                total++;
                top1 += match.best() == principle.number() ? 1 : 0;
                top3 += match.top(3).contains(principle.number()) ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "criterion finder (model + catalog retrieval), %s: %d questions, "
                + "top-1 %.1f %%, top-3 %.1f %%%n", name, total, 100.0 * top1 / total, 100.0 * top3 / total);
        assertThat(total).isGreaterThanOrEqualTo(atLeast);
        return new double[] {(double) top1 / total, (double) top3 / total};
    }
}
