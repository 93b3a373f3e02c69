package de.auditbot.nlp.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a message is worded as a request to the bot ("könnten wir hier abbrechen", "bitte
 * überspringen", "let's pause") or as a statement about the team's work ("wir haben das Projekt im
 * Sommer pausiert", "die Tests überspringen wir meistens", "we cancelled the contract"), or leans
 * that way ("zurück zur alten Lösung wollen wir nicht", "unsere Ergebnisse gehen an die Leitung"). A
 * command word in a statement is likely part of an answer; the same word in a request is a command. Read on the normalized tokens (lower case, umlauts folded), so
 * "koennten" and "könnten" are the same.
 */
public final class MessageMood {

    /** How a message is worded. */
    public enum Mood {
        /** Asks the bot to do something: "bitte", "können wir", "lass uns", "please", "let's", "can we". */
        REQUEST,
        /**
         * Tells how the team works or worked, in its first clause and not as a question: a perfect
         * tense ("haben wir umgesetzt"), a habit ("meistens", "in der Regel", "usually"), an English past;
         * anywhere in it, where someone is ({@link AboutSomeone}: "bin gleich zurück") or a condition ("…, wenn
         * Unterlagen fehlen").
         */
        STATEMENT,
        /** A weaker sign of telling: a negation or "unser"/"our" ("zurück wollen wir nicht"), or a statement asked about. */
        LEANS_STATEMENT,
        /** None of these, such as a bare "Audit abbrechen". */
        NEITHER
    }

    /** Openings of a request, as normalized token sequences; "bitte" and "please" count anywhere. */
    private static final List<List<String>> REQUEST_OPENINGS = List.of(
            List.of("koennten", "wir"), List.of("koennen", "wir"), List.of("koennte", "ich"), List.of("kann", "ich"),
            List.of("kannst", "du"), List.of("koenntest", "du"), List.of("koennt", "ihr"), List.of("koenntet", "ihr"),
            List.of("lass", "uns"), List.of("lasst", "uns"), List.of("lassen", "wir"), List.of("machen", "wir"),
            List.of("wollen", "wir"), List.of("sollen", "wir"), List.of("wir", "moechten"), List.of("ich", "moechte"),
            List.of("wir", "wuerden", "gern"), List.of("wir", "wuerden", "gerne"), List.of("ich", "wuerde", "gern"),
            List.of("ich", "wuerde", "gerne"), List.of("let", "s"), List.of("lets"), List.of("let", "us"),
            List.of("can", "we"), List.of("could", "we"), List.of("can", "you"), List.of("could", "you"),
            List.of("shall", "we"), List.of("i", "d", "like"), List.of("we", "d", "like"), List.of("i", "want", "to"),
            List.of("we", "want", "to"));
    /** The openings by their first token, so that a message is compared with the few that can match. */
    private static final Map<String, List<List<String>>> OPENINGS_BY_FIRST = REQUEST_OPENINGS.stream()
            .collect(Collectors.groupingBy(o -> o.get(0)));
    private static final Set<String> POLITE = Set.of("bitte", "please", "pls", "plz", "bitteschoen");
    /** Habits and frequencies: how a team describes its practice. */
    private static final Set<String> HABIT = Set.of("meistens", "oft", "immer", "selten", "manchmal", "regelmaessig",
            "ueblicherweise", "normalerweise", "regel", "jedes", "jeden", "jede", "usually", "always", "often", "sometimes",
            "rarely", "every", "routinely", "generally");
    private static final Set<String> NEGATION = Set.of("nicht", "kein", "keine", "keinen", "keiner", "nie", "niemals",
            "not", "never", "no", "nor", "dont", "don", "didn", "doesn", "won");
    /** What ends the first clause: one of these marks, or a dash between spaces ({@link #firstClauseEnd}). */
    private static final String CLAUSE_MARKS = ",;:.!?()";
    private static final String DASHES = "-–—";
    /** What {@code \s} matches in a Java pattern. */
    private static final String SPACES = " \t\n\u000B\f\r";
    private static final Set<String> OURS = Set.of("unser", "unsere", "unseren", "unserem", "unserer", "our", "ours");
    private static final Set<String> AUXILIARY = Set.of("haben", "hatten", "habe", "hab", "hat", "hatte", "wurde",
            "wurden", "worden", "sind", "ist", "war", "waren", "have", "has", "had", "were", "was");
    /** A past participle: "ge…t" / "ge…en" (gemacht, gebrochen) or "…iert" (pausiert, abonniert). */
    private static final Pattern PARTICIPLE = Pattern.compile("\\w*ge\\w{2,}(?:t|en)|\\w{3,}iert");
    /** An English past tense after "we"/"they"/"i": "we paused", "they cancelled". */
    private static final Set<String> SUBJECTS = Set.of("we", "they", "i");
    private static final Pattern ENGLISH_PAST = Pattern.compile("\\w{3,}ed");
    /** A condition tells a rule of the team's practice ("wir brechen ab, wenn Unterlagen fehlen"). */
    private static final Set<String> CONDITIONS = Set.of("wenn", "falls", "sobald", "whenever");

    private final TextNormalizer normalizer;

    public MessageMood(TextNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Mood of(String text) {
        return text == null ? Mood.NEITHER : wording(text).mood();
    }

    /** How a message is worded and whether it is a question, from one reading of its words. */
    public record Wording(Mood mood, boolean asks) {
    }

    /** Both the mood and the question form of a message; the intent model's features use them together. */
    public Wording wording(String text) {
        if (text == null) {
            return new Wording(Mood.NEITHER, false);
        }
        return wording(text, normalizer.tokens(text));
    }

    /**
     * The same, for a caller that has the message's normalized tokens already ({@link
     * TextNormalizer#tokens} of the whole text): the text is not read into words again.
     */
    public Wording wording(String text, List<String> tokens) {
        if (text == null) {
            return new Wording(Mood.NEITHER, false);
        }
        boolean question = QuestionForm.of(text, tokens);
        return new Wording(mood(text, tokens, question), question);
    }

    private Mood mood(String text, List<String> tokens, boolean question) {
        if (isRequest(tokens)) {
            return Mood.REQUEST;
        }
        if (!question && (tells(firstClause(text, tokens)) || AboutSomeone.tells(tokens)
                || containsAny(tokens, CONDITIONS))) {
            return Mood.STATEMENT;
        }
        return tells(tokens) || containsAny(tokens, NEGATION) || containsAny(tokens, OURS)
                ? Mood.LEANS_STATEMENT : Mood.NEITHER;
    }

    private static boolean isRequest(List<String> tokens) {
        for (String token : tokens) {
            if (POLITE.contains(token)) {
                return true;
            }
        }
        if (tokens.isEmpty()) {
            return false;
        }
        for (List<String> opening : OPENINGS_BY_FIRST.getOrDefault(tokens.get(0), List.of())) {
            if (startsWith(tokens, opening)) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the first clause; those of the whole message when it has one clause only. */
    private List<String> firstClause(String text, List<String> tokens) {
        String stripped = text.strip();
        int end = firstClauseEnd(stripped);
        return end >= 0 ? normalizer.tokens(stripped.substring(0, end)) : tokens;
    }

    /** Where the first clause ends: at a clause mark or a dash between spaces; -1 if it does not. */
    static int firstClauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (CLAUSE_MARKS.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
            if (i + 2 < text.length() && SPACES.indexOf(text.charAt(i)) >= 0 && DASHES.indexOf(text.charAt(i + 1)) >= 0
                    && SPACES.indexOf(text.charAt(i + 2)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** A loop, not a stream: this runs for every message the intent model reads. */
    private static boolean containsAny(List<String> tokens, Set<String> words) {
        for (String token : tokens) {
            if (words.contains(token)) {
                return true;
            }
        }
        return false;
    }

    /** A perfect tense, a habit, an English past or where someone is. */
    private static boolean tells(List<String> tokens) {
        if (AboutSomeone.opens(tokens)) {
            return true;
        }
        boolean auxiliary = false;
        for (String token : tokens) {
            if (HABIT.contains(token)) {
                return true;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (auxiliary && mayBeParticiple(token) && PARTICIPLE.matcher(token).matches()) {
                return true;
            }
            auxiliary |= AUXILIARY.contains(token);
            if (i > 0 && SUBJECTS.contains(tokens.get(i - 1)) && token.endsWith("ed")
                    && ENGLISH_PAST.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #PARTICIPLE} needs at the least, checked before the pattern runs: its endings. */
    private static boolean mayBeParticiple(String token) {
        return token.endsWith("t") || token.endsWith("en");
    }

    private static boolean startsWith(List<String> tokens, List<String> opening) {
        return tokens.size() >= opening.size() && tokens.subList(0, opening.size()).equals(opening);
    }
}
