package de.auditbot.nlp.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Groups the words that tell the levels of an answer apart beyond yes and no: a plan not yet
 * started ("geplant", "nächstes Jahr", "wollen wir" → not fulfilled), work under way or done for
 * a part ("angefangen", "teils", "zwei von fünf", "60 %" → partly), a hedged frequency ("ab und
 * zu", "wenn's brennt"), having to ask someone ("muss ich klären", "ask the vendor") and leaving a
 * step out ("überspringen wir", "lassen wir ausfallen", "sparen uns", "verzichten", "vergessen", "we
 * skip" → not done; with a negation, "nie ausgelassen", the opposite; with a word of regular
 * practice, "we always skip", a cue of its own, since "always" alone speaks for fulfilled). A
 * negation next to work under way ("noch nicht angefangen") or to a part ("keine Lücken") turns
 * that cue into one of its own too; the search for the negation stops at a contrast word
 * ("angefangen, aber noch nicht fertig" is still work under way). Tokens are
 * normalized and matched by their beginning; a key ending in "$" must match the whole token. A cue
 * is a hint the model weighs, never a decision.
 */
final class AnswerCues {

    private static final Map<String, List<String>> CUES = Map.of(
            "plan", List.of("geplant", "eingeplant", "vorgesehen", "vorgenommen", "angedacht", "vorhab",
                    "wollen$", "will$", "moechten", "naechst", "kommend", "spaeter", "irgendwann", "demnaechst", "bald$",
                    "roadmap", "plan", "intend", "next$", "later$", "soon$", "wunsch", "wish", "ueberleg"),
            "started", List.of("angefangen", "begonnen", "beginn", "dran$", "pilot",
                    "started", "working", "progress", "underway", "ongoing", "draft", "entwurf", "aufbau"),
            "part", List.of("teil", "haelft", "halb", "manch", "einig", "meist", "ueberwiegend", "weitgehend", "fast$",
                    "grossteil", "ansatz", "lueck", "partial", "part$", "parts$", "half", "some$", "most", "almost",
                    "mostly", "gaps", "bisschen", "bissl", "wenig", "etwas$"),
            "ask", List.of("frag", "klaer", "nachschau", "nachguck", "nachseh", "ahnung", "weiss", "wuesst",
                    "unsicher", "ask", "check", "know", "idea", "sure", "unklar", "unclear", "ueberfragt"),
            "hedge", List.of("gelegentlich", "sporadisch", "selten", "unregelmaessig", "zufaellig", "brennt",
                    "occasionally", "sometimes", "rarely", "anlass"),
            "skip", List.of("ueberspr", "weglass", "weggelassen", "auslass", "ausgelassen", "ausfallen$",
                    "ausgefallen", "gestrichen", "kuerzen", "gekuerzt", "abkuerz", "schenken$", "skip", "dropped",
                    "drop$", "cut$", "omit", "verzicht", "vergess", "forgot", "forget", "durchgerutscht"));

    /**
     * Cues of a short word only together with the word after it, by that word's beginning: "in
     * Arbeit", "in der Umsetzung", "in progress" (started), "in Planung" (plan), "ab und zu", "ab und an" (hedge); alone, "in" and "ab" are
     * everywhere ("in der Verwaltung", "ab 2025").
     */
    private static final Map<String, Map<String, String>> PAIRS = Map.of(
            "in", Map.of("arbeit", "started", "umsetzung", "started", "bearbeitung", "started", "entwicklung", "started",
                    "progress", "started", "vorbereitung", "started", "abstimmung", "started", "planung", "plan"),
            "ab", Map.of("und", "hedge"),
            "sparen", Map.of("uns", "skip", "wir", "skip"), "hinten", Map.of("runter", "skip", "rueber", "skip"),
            "leave", Map.of("out", "skip"), "fallen", Map.of("aus", "skip"), "faellt", Map.of("aus", "skip"));
    private static final Set<String> ARTICLES = Set.of("der", "die", "the");
    private static final String SKIP = "skip";
    private static final String STARTED = "started";
    private static final String PART = "part";
    /** Words of regular practice that turn a step left out into a rule of leaving it out. */
    private static final Set<String> ALWAYS = Set.of("immer", "jedes", "jeden", "jedem", "grundsaetzlich", "stets",
            "regelmaessig", "standardmaessig", "always", "every", "routinely", "regularly");
    private static final int NEAR = 3;

    /** "zwei von fünf", "3 of 7", "60 %", "zu 80 prozent": a share, unless it is all of it. */
    private static final Pattern SHARE = Pattern.compile(
            "(\\d+|ein|eine|einer|zwei|drei|vier|fünf|fuenf|sechs|sieben|acht|neun|zehn|one|two|three|four|five|six) (von|of|aus) \\S+"
                    + "|\\b([1-9]\\d?) ?(%|prozent|percent)");
    private static final Set<String> WHOLE_SHARE = Set.of("100 %", "100%", "100 prozent", "100 percent");

    /** Cues per whole word (the "$" keys) and per word beginning; a key in two cues gives both. */
    private static final Map<String, Set<String>> WHOLE = flatten(true);
    private static final PrefixCues PREFIX = new PrefixCues(flatten(false));

    private AnswerCues() {
    }

    /** Adds one "acue=..." feature per cue the tokens hit, in a fixed order. */
    static void add(List<String> tokens, String lowerCased, List<String> features) {
        Set<String> hit = new TreeSet<>();
        int skippedAt = -1;
        int startedAt = -1;
        int partAt = -1;
        boolean always = false;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            always |= ALWAYS.contains(token);
            hit.addAll(WHOLE.getOrDefault(token, Set.of()));
            int after = i + 1 < tokens.size() && ARTICLES.contains(tokens.get(i + 1)) ? i + 2 : i + 1;
            if (after < tokens.size()) {
                String next = tokens.get(after);
                PAIRS.getOrDefault(token, Map.of()).forEach((start, cue) -> {
                    if (next.startsWith(start)) {
                        hit.add(cue);
                    }
                });
            }
            PREFIX.addCuesOf(token, hit);
            skippedAt = skippedAt < 0 && hit.contains(SKIP) ? i : skippedAt;
            startedAt = startedAt < 0 && hit.contains(STARTED) ? i : startedAt;
            partAt = partAt < 0 && hit.contains(PART) ? i : partAt;
        }
        if (mayShare(lowerCased) && SHARE.matcher(lowerCased).find() && WHOLE_SHARE.stream().noneMatch(lowerCased::contains)) {
            hit.add("share");
        }
        if (skippedAt >= 0 && negatedNear(tokens, skippedAt, NEAR)) {
            // "überspringen wir nie" is done every time, "wir überspringen es" is not done
            hit.remove(SKIP);
            hit.add(SKIP + "_negated");
        } else if (skippedAt >= 0 && always) {
            // "we always skip the acceptance tests": "always" alone is a sign of regular practice
            hit.add(SKIP + "_always");
        }
        if (startedAt >= 0 && negatedNear(tokens, startedAt, NEAR + 1)) {
            // "angefangen haben wir noch nicht" is a plan at most, not work under way
            hit.remove(STARTED);
            hit.add(STARTED + "_negated");
        }
        if (partAt >= 0 && negatedNear(tokens, partAt, 1)) {
            // "keine Lücken", "no gaps": nothing is missing
            hit.remove(PART);
            hit.add(PART + "_negated");
        }
        hit.forEach(cue -> features.add("acue=" + cue));
    }

    /**
     * What {@link #SHARE} needs at the least, checked before the pattern searches the text (a sixth
     * of the answer model's time): a digit from 1 to 9, or " von ", " of " or " aus ".
     */
    private static boolean mayShare(String lowerCased) {
        for (int i = 0; i < lowerCased.length(); i++) {
            char c = lowerCased.charAt(i);
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return lowerCased.contains(" von ") || lowerCased.contains(" of ") || lowerCased.contains(" aus ");
    }

    /**
     * Whether a negation stands within so many words of the word at the index, in the same part of
     * the sentence: a contrast word ends the search ("angefangen, aber noch nicht fertig").
     */
    private static boolean negatedNear(List<String> tokens, int at, int near) {
        for (int i = at; i >= Math.max(0, at - near) && (i == at || !ChatLexicon.CONTRASTS.contains(tokens.get(i))); i--) {
            if (ChatLexicon.NEGATIONS.contains(tokens.get(i))) {
                return true;
            }
        }
        for (int i = at + 1; i <= Math.min(tokens.size() - 1, at + near) && !ChatLexicon.CONTRASTS.contains(tokens.get(i)); i++) {
            if (ChatLexicon.NEGATIONS.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> flatten(boolean wholeWords) {
        Map<String, Set<String>> flat = new HashMap<>();
        CUES.forEach((cue, keys) -> keys.stream().filter(key -> key.endsWith("$") == wholeWords)
                .map(key -> wholeWords ? key.substring(0, key.length() - 1) : key)
                .forEach(key -> flat.computeIfAbsent(key, k -> new TreeSet<>()).add(cue)));
        return Map.copyOf(flat);
    }
}
