package de.auditbot.nlp.text;

import java.util.List;
import java.util.Set;

/**
 * Whether a message tells where someone is or what a colleague does ("bin gleich wieder da", "I'll be
 * right back", "we're back from lunch", "mein Kollege macht grad Pause"): chatter while a check
 * question is pending, even with a command word in it. Read on normalized tokens ({@link TextNormalizer}).
 */
final class AboutSomeone {

    /**
     * Openings that tell where someone is ("bin gleich zurück", "wir sind wieder da", "I'll be right
     * back", "we're back from lunch"): chatter, even when a command word follows.
     */
    private static final List<List<String>> PRESENCE_OPENINGS = List.of(List.of("ich", "bin"), List.of("bin"),
            List.of("wir", "sind"), List.of("i", "m"), List.of("im"), List.of("i", "am"), List.of("i", "ll", "be"),
            List.of("we", "re"), List.of("were", "back"), List.of("we", "are"), List.of("we", "ll", "be"), List.of("brb"));
    /** The same anywhere in a message ("sorry, bin kurz weg, gleich wieder da"). */
    private static final List<List<String>> PRESENCE_PHRASES = List.of(List.of("wieder", "da"), List.of("gleich", "zurueck"),
            List.of("bin", "kurz"), List.of("bin", "gleich"), List.of("right", "back"), List.of("be", "back"),
            List.of("back", "from"), List.of("brb"));
    /** A person first: what a colleague does or where she is ("mein Kollege macht grad Pause"). */
    private static final Set<String> PERSON_DETERMINERS = Set.of("mein", "meine", "unser", "unsere", "der", "die",
            "my", "our", "the");
    private static final Set<String> PERSONS = Set.of("kollege", "kollegin", "kollegen", "kolleginnen", "chef", "chefin",
            "leiter", "leiterin", "teamleiter", "teamleiterin", "colleague", "colleagues", "boss", "manager", "lead");
    private static final Set<String> THIRD_PERSONS = Set.of("er", "he", "she", "frau", "herr", "mr", "mrs", "ms");

    private AboutSomeone() {
    }

    /** Whether the message opens with where the writer or the team is ("bin gleich zurück", "we're back"). */
    static boolean opens(List<String> tokens) {
        for (List<String> opening : PRESENCE_OPENINGS) {
            if (startsWith(tokens, 0, opening)) {
                return true;
            }
        }
        return false;
    }

    /** Where someone is, anywhere in the message, or a third person first. */
    static boolean tells(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (List<String> phrase : PRESENCE_PHRASES) {
                if (startsWith(tokens, i, phrase)) {
                    return true;
                }
            }
        }
        return !tokens.isEmpty() && (THIRD_PERSONS.contains(tokens.get(0))
                || tokens.size() > 1 && PERSON_DETERMINERS.contains(tokens.get(0)) && PERSONS.contains(tokens.get(1)));
    }

    private static boolean startsWith(List<String> tokens, int from, List<String> phrase) {
        return tokens.size() - from >= phrase.size() && tokens.get(from).equals(phrase.get(0))
                && tokens.subList(from, from + phrase.size()).equals(phrase);
    }
}
