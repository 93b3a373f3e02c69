package de.auditbot.nlp.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The held-out sets sealed in this working copy: the folders named in {@code .sealed-heldout-sets}
 * at the repository root (ignored by git). Tests run in a module folder, so the file is looked up
 * there and one level up.
 */
final class SealedSets {

    static final String FILE = ".sealed-heldout-sets";

    private SealedSets() {
    }

    static boolean contains(String folder) {
        return folders().contains(folder);
    }

    private static List<String> folders() {
        for (Path candidate : List.of(Path.of(FILE), Path.of("..", FILE))) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readAllLines(candidate).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return List.of();
    }
}
