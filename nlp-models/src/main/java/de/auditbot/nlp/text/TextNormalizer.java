package de.auditbot.nlp.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings chat text into one comparable form: lower case, German umlauts and ß folded
 * ("für" = "fuer"), accents removed, punctuation turned into spaces, whitespace collapsed.
 * Emoji and other symbols that carry meaning in chat answers (✅ 👍 ❌) are kept as tokens.
 */
public final class TextNormalizer {

    /**
     * Returns the normalized text: tokens separated by single spaces, possibly empty.
     */
    public String normalize(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * Splits the text into normalized tokens.
     */
    public List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        String folded = fold(text.toLowerCase(Locale.ROOT));
        StringBuilder word = new StringBuilder();
        // a loop over the code points, not a stream: this runs for every clause the models read
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                word.appendCodePoint(cp);
            } else {
                flush(word, tokens);
                if (isSymbol(cp)) {
                    tokens.add(new String(Character.toChars(cp)));
                }
            }
        }
        flush(word, tokens);
        return tokens;
    }

    private static void flush(StringBuilder word, List<String> tokens) {
        if (word.length() > 0) {
            tokens.add(word.toString());
            word.setLength(0);
        }
    }

    /** Emoji and pictographs: meaningful in chat, unlike punctuation. Variation selectors are dropped. */
    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL && cp != 0xFE0F && cp != 0xFE0E;
    }

    private static String fold(String lower) {
        if (isAscii(lower)) {
            return lower; // most chat: no umlaut, nothing to decompose
        }
        String umlauts = lower
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        if (isAscii(umlauts)) {
            return umlauts; // nothing left to decompose
        }
        // Remove remaining accents (é -> e) but keep emoji intact.
        String decomposed = Normalizer.normalize(umlauts, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints()
                .filter(cp -> Character.getType(cp) != Character.NON_SPACING_MARK)
                .forEach(out::appendCodePoint);
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
