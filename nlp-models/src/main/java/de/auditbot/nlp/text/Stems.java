package de.auditbot.nlp.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * German Snowball stems, remembered: chat repeats the same few thousand words, and stemming them
 * again took about an eighth of a classification's time. Thread-safe: the stemmer keeps state, so
 * each thread has its own. Only words of up to {@link #LONGEST} characters are remembered, and no
 * more than {@link #REMEMBERED} of them, so that unusual input cannot fill the heap.
 */
final class Stems {

    static final int REMEMBERED = 50_000;
    static final int LONGEST = 40;

    private static final ThreadLocal<SnowballStemmer> STEMMER =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private Stems() {
    }

    static String of(String word) {
        String stem = KNOWN.get(word);
        if (stem == null) {
            stem = STEMMER.get().stem(word).toString();
            if (word.length() <= LONGEST && KNOWN.size() < REMEMBERED) {
                KNOWN.put(word, stem);
            }
        }
        return stem;
    }

    /** How many words are remembered (for the tests). */
    static int remembered() {
        return KNOWN.size();
    }
}
