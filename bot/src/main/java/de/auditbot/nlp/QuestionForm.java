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

    /**
     * A verb of obligation, permission, sufficiency or validity before an impersonal subject: "muss
     * das …", "darf man …", "gilt das …", "must it …", "do we …". Unlike a bare verb first ("muss ich
     * nachfragen", "ist eine reine Infoseite"), which is often an answer with its subject left out,
     * this is hardly ever an answer: one line of 3,400 answer lines in training and none of 385
     * held-out answers (sets 1–3 and 9) open this way.
     */
    private static final Pattern INVERTED = Pattern.compile(
            "^(?:(?:muss|müssen|muessen|darf|dürfen|duerfen|soll|sollen|sollte|sollten|braucht|brauchen|reicht|"
                    + "reichen|genügt|genuegt|zählt|zaehlt|zählen|gilt|gelten|ist|sind)\\s+(?:das|man|es|dies|dieses|"
                    + "so|sowas)|(?:must|should|does|do|is|are|need)\\s+(?:it|this|that|one|there|we|i|you|they))\\b");

    private QuestionForm() {
    }

    public static boolean of(String text) {
        if (text == null) {
            return false;
        }
        String lower = text.strip().toLowerCase(Locale.ROOT);
        return lower.endsWith("?") || QUESTION_START.matcher(lower).find() || INVERTED.matcher(lower).find();
    }

    /** Whether the message opens the way a question and hardly ever an answer does ({@link #INVERTED}). */
    public static boolean unmistakable(String text) {
        return text != null && INVERTED.matcher(text.strip().toLowerCase(Locale.ROOT)).find();
    }
}
