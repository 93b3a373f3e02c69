package de.auditbot.nlp.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads a command that comes with a reason or a second thought ("könnten wir hier abbrechen, die
 * Leitung ruft an", "skip this one, we lack the numbers"): the reason sounds like an answer and
 * pulls the whole message there. Each clause of two words or more is classified on its own as
 * well; the clause the model takes for a command most surely decides, with its own probabilities,
 * when it is surer than the reading of the whole message (which may itself be a command).
 *
 * <p>Measured by training without the 203 command lines of the fourth follow-up and classifying
 * them: 84.7 % → 88.2 %, with sets 1–4 and the held-out answers (read as ANSWER) unchanged.
 */
final class ClauseReading {

    /** Punctuation, a dash between spaces, and the words that join a reason or a second clause. */
    private static final Pattern CLAUSES = Pattern.compile(
            "[,.;:!?()]+|\\s[-–—]\\s|\\s(?:weil|da|denn|und|aber|because|since|and|but)\\s", Pattern.CASE_INSENSITIVE);
    private static final Pattern WORDS = Pattern.compile("\\s+");
    private static final int SHORTEST_CLAUSE = 2;

    private ClauseReading() {
    }

    static Classification classify(String text, ModelKind kind, Function<String, Classification> model) {
        Classification whole = model.apply(text);
        if (text == null) {
            return whole;
        }
        List<String> clauses = Arrays.stream(CLAUSES.split(text)).map(String::strip)
                .filter(part -> words(part) >= SHORTEST_CLAUSE).toList();
        if (clauses.size() < 2) {
            return whole;
        }
        Classification chosen = whole;
        for (String part : clauses) {
            Classification clause = model.apply(part);
            if (kind.isCommand(clause.label()) && clause.confidence() > chosen.confidence()) {
                chosen = clause;
            }
        }
        return chosen;
    }

    private static int words(String stripped) {
        return stripped.isEmpty() ? 0 : WORDS.split(stripped).length;
    }
}
