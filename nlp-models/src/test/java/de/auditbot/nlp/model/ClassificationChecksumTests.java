package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.auditbot.nlp.text.ChatFeatures;
import de.auditbot.nlp.text.TextNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Pins what the three packaged models make of every line of the training data (the spent sets'
 * lines included) and of held-out sets 1–3 and 4: the label and every label's probability, rounded
 * to 1e-9, in one SHA-256. A change made for speed must leave it as it is. It is pinned together with the training
 * data it was made on ({@link TrainingDataChecksumTests}): when the data changes on purpose, the
 * models change with it, and both values are pinned anew after the evaluation.
 */
class ClassificationChecksumTests {

    /** The training data the pin below was made on. */
    private static final String TRAINING_DATA = "e4ea6e7e6abb9f30ee2ff1dfcd3127ad2799040df69f4ce17d8ec21b4e32f1f5";
    private static final String PINNED = "b281aab470bb08f9f3dd4ca2218f246f2c7b71c4377ae60bf0781acd7d3113f7";
    private static final List<String> ROOTS = List.of(TrainingData.TRAINING, "heldout", "heldout-4");

    @Test
    void everyModelClassifiesAsPinned() throws Exception {
        assertThat(TrainingDataChecksumTests.checksum())
                .as("the training data changed: pin this test's checksum again together with the data's")
                .isEqualTo(TRAINING_DATA);
        assertThat(checksum()).as("SHA-256 over the classification of every line").isEqualTo(PINNED);
    }

    static String checksum() throws NoSuchAlgorithmException {
        ChatFeatures features = new ChatFeatures(new TextNormalizer());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (ModelKind kind : ModelKind.values()) {
            TextClassifier classifier = TextClassifier.load(kind, features);
            for (String root : ROOTS) {
                if (ClassificationChecksumTests.class.getResource(kind.sampleFolder(root)) == null) {
                    continue;
                }
                for (Sample sample : TrainingData.samples(kind, root)) {
                    digest.update(line(kind, root, sample.text(), classifier.classify(sample.text()))
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String line(ModelKind kind, String root, String text, Classification classification) {
        StringBuilder line = new StringBuilder(kind.id()).append('|').append(root).append('|').append(text)
                .append('|').append(classification.label());
        for (ScoredLabel scored : classification.ranking()) {
            line.append('|').append(scored.label()).append('=')
                    .append(String.format(Locale.ROOT, "%d", Math.round(scored.confidence() * 1e9)));
        }
        return line.append('\n').toString();
    }
}
