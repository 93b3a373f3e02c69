package de.auditbot.nlp.model;

import de.auditbot.nlp.model.NearestLines.IndexedLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The training lines of {@link NearestLines} with their features already extracted, written by the
 * build next to the model ({@code models/intents.lines}), so that loading the model does not stem
 * and analyse thousands of lines again. One line per training line: the label, then the features,
 * separated by tabs (features never contain white space).
 */
final class NearestLinesFile {

    private NearestLinesFile() {
    }

    static void write(List<IndexedLine> lines, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (IndexedLine line : lines) {
                out.write(line.label());
                for (String feature : line.features()) {
                    out.write('\t');
                    out.write(feature);
                }
                out.write('\n');
            }
        }
    }

    static List<IndexedLine> read(InputStream in) throws IOException {
        List<IndexedLine> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            String[] fields = line.split("\t");
            lines.add(new IndexedLine(fields[0], Arrays.asList(fields).subList(1, fields.length)));
        }
        return lines;
    }
}
