package de.auditbot.nlp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The features of one token for {@link ChatFeatures}: its stem ("w="), its stem negated ("n=") and
 * its character n-grams ("c="). Remembered per token, because chat repeats the same few thousand
 * words: building these strings anew (about twenty for a word of eight letters) and hashing them
 * again for each model lookup was the largest share of a classification's time and garbage.
 * Thread-safe. At most {@link #REMEMBERED_STRINGS} strings of tokens up to {@link #LONGEST}
 * characters are remembered, so that unusual input cannot fill the heap.
 */
final class WordFeatures {

    static final int LONGEST = 40;
    static final int REMEMBERED_STRINGS = 200_000;

    private static final Map<String, WordFeatures> KNOWN = new ConcurrentHashMap<>();
    private static final AtomicInteger STRINGS = new AtomicInteger();

    final String word;
    final String negated;
    final String[] ngrams;

    private WordFeatures(String token) {
        String stem = stem(token);
        word = "w=" + stem;
        negated = "n=" + stem;
        ngrams = ngrams(token);
    }

    static WordFeatures of(String token) {
        WordFeatures known = KNOWN.get(token);
        if (known != null) {
            return known;
        }
        WordFeatures made = new WordFeatures(token);
        if (token.length() <= LONGEST && STRINGS.get() < REMEMBERED_STRINGS && KNOWN.putIfAbsent(token, made) == null) {
            STRINGS.addAndGet(2 + made.ngrams.length);
        }
        return made;
    }

    /** How many strings are remembered (for the tests). */
    static int remembered() {
        return STRINGS.get();
    }

    private static String stem(String token) {
        if (token.startsWith("emoji_") || !Character.isLetter(token.codePointAt(0))) {
            return token;
        }
        return Stems.of(token);
    }

    private static String[] ngrams(String token) {
        if (token.startsWith("emoji_") || token.length() < 3) {
            return new String[0];
        }
        List<String> ngrams = new ArrayList<>();
        String padded = "_" + token + "_";
        for (int n = 3; n <= 4; n++) {
            for (int i = 0; i + n <= padded.length(); i++) {
                ngrams.add("c=" + padded.substring(i, i + n));
            }
        }
        return ngrams.toArray(String[]::new);
    }
}
