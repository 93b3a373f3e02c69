package de.auditbot.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is worded as a question: it ends with a question mark or starts with a
 * question word or an inverted verb ("was bedeutet …", "müssen wir …", "what is …", "do we …").
 */
public final class QuestionForm {

    private static final Pattern QUESTION_START = Pattern.compile(
            "^(was|wie|warum|wieso|weshalb|wozu|welche[rsmn]?|wer|wo|wann|müssen|muss|brauchen|braucht|dürfen|darf|"
                    + "gilt|zählt|ist|sind|heißt|bedeutet|what|how|why|which|who|when|do|does|is|are|must|should|can)\\b");

    private QuestionForm() {
    }

    public static boolean of(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("?") || QUESTION_START.matcher(lower).find();
    }
}
