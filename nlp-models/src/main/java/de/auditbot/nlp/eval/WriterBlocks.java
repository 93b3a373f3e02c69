package de.auditbot.nlp.eval;

import de.auditbot.nlp.model.ModelKind;
import de.auditbot.nlp.model.TrainingData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote which answer training line, as far as the files tell: the plain files are the team's
 * first lines ({@link #TEAM}), the blocks of the answer-only files are marked by round ("# Round 9:
 * ...", each round's lines written by that round's engineer) and the blocks of the spent sets' files
 * by set ("# heldout-8", each set written by an engineer who wrote no training lines) or as a fresh
 * writer's block ("# fresh writers, round 11": lines written blind to the training data). The
 * no-answer lines before their first round mark came in round 8.
 */
public final class WriterBlocks {

    /** The writers of the plain files, always trained on in the leave-one-writer-out validation. */
    public static final String TEAM = "team";

    private static final Pattern ROUND = Pattern.compile("^#\\s*Round (\\d+)\\b");
    private static final Pattern FRESH = Pattern.compile("^#.*fresh writers?, round (\\d+)\\b");
    private static final Pattern SPENT_SET = Pattern.compile("^#\\s*(heldout-\\d+)\\b");
    private static final String FIRST_NO_ANSWER_ROUND = "round-8";

    private WriterBlocks() {
    }

    /** The writer of each answer training line, keyed by {@link #key}; a line in two blocks keeps the first. */
    public static Map<String, String> answers() {
        Map<String, String> writerOf = new HashMap<>();
        for (String label : ModelKind.ANSWER.labels()) {
            read(label, "", TEAM, writerOf);
            read(label, TrainingData.ANSWER_ONLY, FIRST_NO_ANSWER_ROUND, writerOf);
            read(label, TrainingData.FROM_SPENT_SETS, "spent-set", writerOf);
        }
        return writerOf;
    }

    /** The key of a line: its label and its text as {@link TrainingData} reads it. */
    public static String key(String label, String text) {
        return label + '\t' + text;
    }

    private static void read(String label, String suffix, String firstWriter, Map<String, String> writerOf) {
        String name = ModelKind.ANSWER.sampleFolder(TrainingData.TRAINING) + label + suffix + ".txt";
        InputStream in = WriterBlocks.class.getResourceAsStream(name);
        if (in == null) {
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String writer = firstWriter;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    writer = writerOf(line, writer);
                } else if (!line.isBlank()) {
                    writerOf.putIfAbsent(key(label, line.strip()), writer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String writerOf(String comment, String current) {
        Matcher fresh = FRESH.matcher(comment);
        if (fresh.find()) {
            return "fresh-" + fresh.group(1);
        }
        Matcher round = ROUND.matcher(comment);
        if (round.find()) {
            return "round-" + round.group(1);
        }
        Matcher set = SPENT_SET.matcher(comment);
        return set.find() ? set.group(1).toLowerCase(Locale.ROOT) : current;
    }
}
