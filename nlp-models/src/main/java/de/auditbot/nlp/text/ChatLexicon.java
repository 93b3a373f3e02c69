package de.auditbot.nlp.text;

import java.util.Map;
import java.util.Set;

/**
 * The small closed word lists the features of chat answers rest on, in normalized form (lower
 * case, umlauts folded). They are linguistic knowledge, not training data: which words negate,
 * which words turn a sentence around, and what the common answer emoji mean.
 */
final class ChatLexicon {

    /** Words that negate what follows them; "noe"/"nee" are folded "nö"/"nee". */
    static final Set<String> NEGATIONS = Set.of(
            "nicht", "kein", "keine", "keinen", "keiner", "keinem", "keines", "nie", "niemals", "nimmer",
            "niemand", "nichts", "nix", "weder", "ohne", "fehlt", "fehlen", "fehlend", "nein", "noe", "nee",
            "ne", "not", "no", "never", "nope", "none", "nothing", "nobody", "neither", "nor", "without",
            "lacking", "missing", "don", "doesn", "didn", "isn", "aren", "haven", "hasn", "won", "cannot", "nah");

    /** Words after which a sentence may turn: "ja, aber nur für das Formular". */
    static final Set<String> CONTRASTS = Set.of(
            "aber", "allerdings", "jedoch", "nur", "ausser", "bis", "teils", "zwar", "obwohl", "wobei",
            "but", "however", "only", "except", "although", "though", "apart", "partly");

    /** Words that end a negation's scope besides punctuation. */
    static final Set<String> SCOPE_ENDS = Set.of("aber", "allerdings", "jedoch", "sondern", "und", "but", "and",
            "however", "dafuer", "trotzdem");

    /**
     * Function words and the words of asking, in German and English, which say nothing about the
     * topic of a question; "standard" is among them because every principle's questions use it.
     */
    static final Set<String> QUESTION_WORDS = Set.of(
            "was", "wie", "wer", "wo", "wann", "warum", "sagt", "der", "die", "das", "den", "dem", "des", "zu",
            "zum", "zur", "standard", "muessen", "muss", "wir", "uns", "unser", "unsere", "unseren", "brauchen",
            "ist", "sind", "ein", "eine", "einen", "es", "und", "oder", "bei", "im", "in", "mit", "fuer", "auf",
            "sollen", "soll", "koennen", "kann", "duerfen", "dabei", "dazu", "man", "gibt", "heisst", "bedeutet",
            "meint", "gemeint", "laut", "eigentlich", "genau", "the", "what", "does", "do", "we", "our", "say",
            "about", "is", "a", "an", "to", "of", "how");

    /** Emoji people answer with, mapped to a word the models can learn once for all variants. */
    static final Map<String, String> EMOJI = Map.ofEntries(
            Map.entry("✅", "emoji_yes"), Map.entry("👍", "emoji_yes"), Map.entry("✔", "emoji_yes"),
            Map.entry("☑", "emoji_yes"), Map.entry("💯", "emoji_yes"), Map.entry("🙂", "emoji_yes"),
            Map.entry("❌", "emoji_no"), Map.entry("👎", "emoji_no"), Map.entry("✖", "emoji_no"),
            Map.entry("🔴", "emoji_no"), Map.entry("🚫", "emoji_no"), Map.entry("🙁", "emoji_no"),
            Map.entry("🤷", "emoji_unknown"), Map.entry("❓", "emoji_unknown"), Map.entry("🤔", "emoji_unknown"),
            Map.entry("🟡", "emoji_partial"), Map.entry("🟠", "emoji_partial"), Map.entry("🤏", "emoji_partial"),
            Map.entry("➖", "emoji_na"));

    private ChatLexicon() {
    }
}
