package de.auditbot.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic recognition of short commands and answers: a text matches a label when its
 * normalized form equals one of the label's phrases. A phrase may contain one {@code {n}}
 * placeholder that matches a number ("prinzip {n} aendern" matches "Prinzip 3 ändern").
 *
 * <p>Exact matching is deliberate: it never guesses. Anything it does not know is left to a
 * statistical classifier or to a clarifying question.
 *
 * @param <L> the label type
 */
public final class PhraseMatcher<L> {

    private static final String NUMBER = "{n}";

    private final TextNormalizer normalizer;
    private final Map<String, L> exact = new HashMap<>();
    private final List<NumberedPhrase<L>> numbered = new ArrayList<>();

    public PhraseMatcher(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /**
     * Adds a phrase for a label. Returns false when the phrase is empty after normalization or is
     * already taken by another label, so that the caller can report a conflict in its data.
     */
    public boolean add(String phrase, L label) {
        if (phrase.contains(NUMBER)) {
            String[] parts = phrase.split(Pattern.quote(NUMBER), -1);
            if (parts.length != 2) {
                return false;
            }
            String before = normalizer.normalize(parts[0]);
            String after = normalizer.normalize(parts[1]);
            String regex = (before.isEmpty() ? "" : Pattern.quote(before) + " ")
                    + "(\\d{1,3})"
                    + (after.isEmpty() ? "" : " " + Pattern.quote(after));
            numbered.add(new NumberedPhrase<>(Pattern.compile(regex), label));
            return true;
        }
        String key = normalizer.normalize(phrase);
        if (key.isEmpty()) {
            return false;
        }
        L previous = exact.putIfAbsent(key, label);
        return previous == null || previous.equals(label);
    }

    /**
     * Finds the label of a text, with the number of a numbered phrase when one matched.
     */
    public Optional<Match<L>> match(String text) {
        String key = normalizer.normalize(text);
        L label = exact.get(key);
        if (label != null) {
            return Optional.of(new Match<>(label, null));
        }
        for (NumberedPhrase<L> phrase : numbered) {
            Matcher m = phrase.pattern().matcher(key);
            if (m.matches()) {
                return Optional.of(new Match<>(phrase.label(), Integer.valueOf(m.group(1))));
            }
        }
        return Optional.empty();
    }

    /** A recognised label; {@code number} is set when a numbered phrase matched. */
    public record Match<L>(L label, Integer number) {
    }

    private record NumberedPhrase<L>(Pattern pattern, L label) {
    }
}
