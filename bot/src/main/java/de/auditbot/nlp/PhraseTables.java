package de.auditbot.nlp;

import de.auditbot.content.ContentException;
import de.auditbot.nlp.text.PhraseMatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills a phrase matcher from one section of the dialog texts, reporting unknown names and
 * conflicting phrases as content errors that name the file and the path in it.
 */
final class PhraseTables {

    private PhraseTables() {
    }

    /**
     * @param section the path of the section in the file, e.g. {@code understand.intents}
     * @param label   maps a name in the file to its label, or null when the name is unknown
     */
    static <L> void addAll(PhraseMatcher<L> matcher, String language, String section,
            Map<String, List<String>> phrases, Function<String, L> label, List<String> knownNames) {
        String file = "conversation/texts." + language + ".yaml";
        phrases.forEach((name, list) -> {
            String path = section + "." + name;
            L value = label.apply(name);
            if (value == null) {
                throw new ContentException(file, path, "unknown name '" + name + "'; known names are " + knownNames);
            }
            for (String phrase : list) {
                if (!matcher.add(phrase, value)) {
                    throw new ContentException(file, path, "the phrase '" + phrase
                            + "' is empty without its punctuation or already means something else");
                }
            }
        });
    }

    static <E extends Enum<E>> Function<String, E> byName(Class<E> type) {
        return name -> {
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(name)) {
                    return constant;
                }
            }
            return null;
        };
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }
}
