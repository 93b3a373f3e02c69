package de.auditbot.nlp;

/**
 * Whether a message has no word of a length words have: every run of letters and digits is longer
 * than {@value #LONGEST_WORD} characters (a key held down, a pasted hash or link). The answer model
 * counts each repeated character n-gram of such a run, so its reading says nothing; no level is
 * recorded on it without asking.
 */
final class Gibberish {

    /** Longer than the longest German compounds teams write ("Datenschutzfolgenabschätzungen"). */
    static final int LONGEST_WORD = 40;

    private Gibberish() {
    }

    static boolean only(String text) {
        if (text == null) {
            return false;
        }
        boolean anyRun = false;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                run++;
            } else if (run > 0) {
                if (run <= LONGEST_WORD) {
                    return false;
                }
                anyRun = true;
                run = 0;
            }
        }
        return anyRun;
    }
}
