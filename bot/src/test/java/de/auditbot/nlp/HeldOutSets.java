package de.auditbot.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The held-out sets of nlp-models as the bot's tests see them, and whether one is sealed in this
 * working copy (named in {@code .sealed-heldout-sets} at the repository root, ignored by git; see
 * nlp-models' {@code SealedSets}): engineers who change models see no figure of a sealed set.
 */
public final class HeldOutSets {

    private static final Path ROOT = Path.of("../nlp-models/src/test/resources");
    private static final Path SEALED = Path.of("../.sealed-heldout-sets");

    private HeldOutSets() {
    }

    /** A folder of a set, e.g. {@code folder("heldout-11", "answers")}. */
    public static Path folder(String set, String kind) {
        return ROOT.resolve(set).resolve(kind);
    }

    public static boolean sealed(String set) {
        if (!Files.isRegularFile(SEALED)) {
            return false;
        }
        try {
            return Files.readAllLines(SEALED).stream().map(String::strip).anyMatch(set::equals);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
