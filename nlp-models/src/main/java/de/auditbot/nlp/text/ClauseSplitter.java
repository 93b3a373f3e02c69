package de.auditbot.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a message into clauses as {@code Pattern.split} does with the pattern
 * {@code [marks]+|\s[-–—]\s|\s(?:word|…)\s} (the words matched without regard to ASCII case), by
 * one scan instead of a regular expression: the models split every text they read, some of them
 * twice. Kept: a leading empty part when the text begins with a split; dropped: trailing empty
 * parts; the whole text when nothing splits it. {@code ClauseSplitterTests} checks it against the
 * pattern on every training line.
 */
public final class ClauseSplitter {

    /** What {@code \s} matches in a Java pattern. */
    private static final String SPACES = " \t\n\u000B\f\r";
    private static final String DASHES = "-–—";

    private final String marks;
    private final List<String> words;
    /** For each ASCII character, whether a split may begin with it (a mark or a space). */
    private final boolean[] mayBegin = new boolean[128];

    /**
     * @param marks the characters that split, one or more in a row
     * @param words the words that split between two spaces, lower case ASCII, in the pattern's order
     */
    public ClauseSplitter(String marks, List<String> words) {
        this.marks = marks;
        this.words = words.stream().map(word -> word.toLowerCase(Locale.ROOT)).toList();
        for (char c = 0; c < mayBegin.length; c++) {
            mayBegin[c] = marks.indexOf(c) >= 0 || SPACES.indexOf(c) >= 0;
        }
    }

    /** The clauses, as {@code pattern.split(text)} gives them. */
    public String[] split(String text) {
        List<String> parts = null;
        int from = 0;
        int i = 0;
        while (i < text.length()) {
            int end = matchAt(text, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (parts == null) {
                parts = new ArrayList<>();
            }
            parts.add(text.substring(from, i));
            from = end;
            i = end;
        }
        if (parts == null) {
            return new String[] {text};
        }
        parts.add(text.substring(from));
        int size = parts.size();
        while (size > 0 && parts.get(size - 1).isEmpty()) {
            size--;
        }
        return parts.subList(0, size).toArray(String[]::new);
    }

    /** Where a split that begins at the index ends, or -1 if none begins there. */
    private int matchAt(String text, int at) {
        char first = text.charAt(at);
        if (first < mayBegin.length && !mayBegin[first]) {
            return -1; // most characters: neither a mark nor a space
        }
        int end = at;
        while (end < text.length() && marks.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        if (end > at) {
            return end;
        }
        if (SPACES.indexOf(text.charAt(at)) < 0) {
            return -1;
        }
        if (at + 2 < text.length() && DASHES.indexOf(text.charAt(at + 1)) >= 0 && SPACES.indexOf(text.charAt(at + 2)) >= 0) {
            return at + 3;
        }
        for (String word : words) {
            int after = at + 1 + word.length();
            if (after < text.length() && SPACES.indexOf(text.charAt(after)) >= 0 && equalsIgnoringAsciiCase(text, at + 1, word)) {
                return after + 1;
            }
        }
        return -1;
    }

    private static boolean equalsIgnoringAsciiCase(String text, int from, String lowerWord) {
        for (int i = 0; i < lowerWord.length(); i++) {
            char c = text.charAt(from + i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerWord.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
