package de.auditbot.conversation.flow;

import de.auditbot.nlp.text.TextNormalizer;
import java.util.List;
import java.util.Set;

/**
 * Whether a question is put to the people in the room rather than to the bot: it asks "anyone" or
 * "you all" ("does anyone want coffee", "hat jemand den Schlüssel gesehen?", "habt ihr Hunger?")
 * and neither points back at what the bot just asked ("kann mir jemand sagen, was das heißt?") nor
 * asks what someone must or may do ("muss jemand aus dem Fachamt dabei sein?"): such questions are
 * about the standard. Words are compared normalized ({@link TextNormalizer}).
 */
final class QuestionToTheRoom {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    /** Whom a question to the room addresses. */
    private static final Set<String> THE_ROOM = Set.of("jemand", "jemanden", "jemandem", "irgendwer", "irgendjemand",
            "ihr", "euch", "leute", "anyone", "anybody", "someone", "somebody", "everyone", "everybody", "guys", "folks");
    /** Words that point back at the bot's question or at the standard (normalized: "heißt" is "heisst"). */
    private static final Set<String> POINTING_BACK = Set.of("das", "dies", "diese", "dieser", "dieses", "damit",
            "dabei", "dazu", "hier", "frage", "gemeint", "meint", "bedeutet", "heisst", "erklaeren", "prinzip",
            "standard", "servicestandard", "that", "this", "here", "mean", "means", "meant", "explain", "question",
            "principle");
    /** Obligation and permission: what the standard asks of someone, not small talk. */
    private static final Set<String> OBLIGATION = Set.of("muss", "muessen", "musst", "darf", "duerfen", "soll",
            "sollen", "sollte", "sollten", "must", "should", "allowed", "required");

    private QuestionToTheRoom() {
    }

    static boolean of(String text) {
        List<String> tokens = NORMALIZER.tokens(text);
        boolean toTheRoom = false;
        for (String token : tokens) {
            if (POINTING_BACK.contains(token) || OBLIGATION.contains(token)) {
                return false;
            }
            toTheRoom |= THE_ROOM.contains(token);
        }
        return toTheRoom;
    }
}
