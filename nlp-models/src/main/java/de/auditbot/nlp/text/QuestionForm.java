package de.auditbot.nlp.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a message is worded as a question: it ends with a question mark, or its first word is a
 * question word ("was bedeutet …", "wozu", "what is …") or a verb put first as questions put it
 * ("müssen wir …", "gilt das …", "sind wir besser geworden", "do we …"). The one definition the
 * bot's intent reading ({@code OpenNlpIntentClassifier}: a question leans toward asking about a
 * principle; small talk is no question) and the intent model's wording features ({@link MessageMood})
 * share. Read on normalized tokens ({@link TextNormalizer}), so "muessen" and "müssen" are one word.
 */
public final class QuestionForm {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static final Set<String> QUESTION_WORDS = Set.of("was", "wie", "warum", "wieso", "weshalb", "wozu", "welche",
            "welcher", "welches", "welchen", "welchem", "wer", "wo", "wann", "wieviel", "wieviele", "inwiefern", "what",
            "how", "why", "which", "who", "when", "where");
    /** Verbs that open a question when they come first ("müssen wir", "ist das", "haben wir schon", "do we"). */
    private static final Set<String> VERBS_FIRST = Set.of("muessen", "muss", "brauchen", "braucht", "duerfen", "darf",
            "gilt", "zaehlt", "heisst", "bedeutet", "ist", "sind", "hat", "haben", "hast", "habt", "wurde", "wurden",
            "must", "should", "can", "do", "does", "did", "is", "are", "have", "has", "were");

    /** Verbs of obligation, permission, sufficiency or validity that open questions like "muss das …". */
    private static final Set<String> MODALS_FIRST = Set.of("muss", "muessen", "darf", "duerfen", "soll", "sollen",
            "sollte", "sollten", "braucht", "brauchen", "reicht", "reichen", "genuegt", "zaehlt", "zaehlen", "gilt",
            "gelten", "ist", "sind", "must", "should", "does", "do", "is", "are", "need");
    /** Impersonal subjects after such a verb; "ich" and "wir" are left out ("muss ich nachsehen" answers). */
    private static final Set<String> IMPERSONAL = Set.of("das", "man", "es", "dies", "dieses", "so", "sowas", "it",
            "this", "that", "one", "there", "we", "i", "you", "they");

    private QuestionForm() {
    }

    public static boolean of(String text) {
        return text != null && of(text, NORMALIZER.tokens(text));
    }

    /** The same, for a caller that has the message's normalized tokens ({@link TextNormalizer#tokens}) already. */
    public static boolean of(String text, List<String> tokens) {
        if (text == null) {
            return false;
        }
        if (text.strip().endsWith("?")) {
            return true;
        }
        return !tokens.isEmpty() && (QUESTION_WORDS.contains(tokens.get(0)) || VERBS_FIRST.contains(tokens.get(0))
                || unmistakableTokens(tokens));
    }

    /**
     * Whether the message opens the way a question and hardly ever an answer does: a verb of
     * obligation, permission, sufficiency or validity before an impersonal subject ("muss das …",
     * "darf man …", "gilt das …", "must it …", "do we …"). A bare verb first ("muss ich nachfragen",
     * "ist eine reine Infoseite") is often an answer with its subject left out; this is not: one of
     * 3,400 answer lines in training and none of 385 held-out answers (sets 1–3 and 9) open this way.
     */
    public static boolean unmistakable(String text) {
        return text != null && unmistakableTokens(NORMALIZER.tokens(text));
    }

    /** The same, for a caller that has the message's normalized tokens ({@link TextNormalizer#tokens}) already. */
    public static boolean unmistakableTokens(List<String> tokens) {
        return tokens.size() >= 2 && MODALS_FIRST.contains(tokens.get(0)) && IMPERSONAL.contains(tokens.get(1));
    }
}
