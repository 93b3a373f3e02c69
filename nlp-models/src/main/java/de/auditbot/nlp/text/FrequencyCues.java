package de.auditbot.nlp.text;

import java.util.List;

/**
 * Whether a check question asks for regular practice ("regelmäßig", "in festen Abständen",
 * "regularly") and whether an answer hedges how often something happens ("ab und zu", "wenn
 * Zeit ist", "sometimes"). Together they decide a case the answer model cannot see on its own:
 * done now and then where regular practice is asked is partly fulfilled.
 */
public final class FrequencyCues {

    private static final List<String> REGULAR = List.of(
            "regelmaessig", "in festen abstaenden", "in festen kurzen abstaenden", "laufend", "kontinuierlich",
            "immer wieder", "regularly", "at fixed intervals", "continuously", "routinely", "keep testing");

    private static final List<String> HEDGED = List.of(
            "ab und zu", "ab und an", "manchmal", "gelegentlich", "hin und wieder", "sporadisch", "selten",
            "unregelmaessig", "nicht regelmaessig", "eher zufaellig", "mal mehr mal weniger", "wenn zeit",
            "wenn wir zeit", "wenn sie zeit", "wenn es die zeit", "zeit erlaubt", "wenn es passt", "je nachdem",
            "sometimes", "occasionally", "now and then", "from time to time", "once in a while", "rarely",
            "irregularly", "not regularly", "when there is time", "when we have time", "if time allows");

    private final TextNormalizer normalizer;
    private final List<String> regular;
    private final List<String> hedged;

    public FrequencyCues(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.regular = REGULAR.stream().map(normalizer::normalize).toList();
        this.hedged = HEDGED.stream().map(normalizer::normalize).toList();
    }

    public boolean asksForRegularPractice(String question) {
        return containsAny(question, regular);
    }

    public boolean hedgesFrequency(String answer) {
        return containsAny(answer, hedged);
    }

    private boolean containsAny(String text, List<String> phrases) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String padded = " " + normalizer.normalize(text) + " ";
        return phrases.stream().anyMatch(p -> padded.contains(" " + p + " "));
    }
}
