package de.auditbot.nlp.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the training data, so that a change in the measured figures is always explained by a
 * deliberate change of the data. After editing a sample file, run the evaluation
 * ({@code ./mvnw -pl nlp-models -Peval verify}), update the figures in the README and then the
 * checksum here.
 */
class TrainingDataChecksumTests {

    private static final String PINNED = "e4ea6e7e6abb9f30ee2ff1dfcd3127ad2799040df69f4ce17d8ec21b4e32f1f5";

    @Test
    void theTrainingDataIsTheMeasuredOne() throws IOException, NoSuchAlgorithmException {
        assertThat(checksum()).as("SHA-256 over every training file, in model and label order").isEqualTo(PINNED);
    }

    @Test
    void thereIsEnoughTrainingDataOfEveryKind() {
        assertThat(TrainingData.samples(ModelKind.ANSWER, TrainingData.TRAINING)).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(TrainingData.training(ModelKind.INTENT)).hasSizeGreaterThanOrEqualTo(1_200);
        for (String principle : ModelKind.CRITERION.labels()) {
            assertThat(TrainingData.samples(ModelKind.CRITERION, TrainingData.TRAINING))
                    .as("questions about principle %s", principle)
                    .filteredOn(s -> s.label().equals(principle)).hasSizeGreaterThanOrEqualTo(40)
                    .anyMatch(s -> s.text().contains("Standard"));
        }
    }

    /** The plain files first, then the extra ones; the first two in this order kept earlier pins valid. */
    private static List<String> suffixes() {
        List<String> suffixes = new ArrayList<>(List.of(""));
        suffixes.addAll(TrainingData.EXTRA_SUFFIXES);
        return suffixes;
    }

    static String checksum() throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (ModelKind kind : ModelKind.values()) {
            for (String suffix : suffixes()) {
                for (String label : kind.labels()) {
                    try (InputStream in = TrainingDataChecksumTests.class.getResourceAsStream(
                            kind.sampleFolder(TrainingData.TRAINING) + label + suffix + ".txt")) {
                        if (in != null) {
                            digest.update((label + suffix).getBytes(StandardCharsets.UTF_8));
                            digest.update(in.readAllBytes());
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
