package de.auditbot.audit.catalog;

import java.util.Map;

/**
 * One text in every language of a catalog.
 */
public record LocalizedText(Map<String, String> byLanguage) {

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in a language; catalogs are validated to have every language they declare. */
    public String in(String language) {
        String text = byLanguage.get(language);
        if (text == null) {
            throw new IllegalArgumentException("No text in language " + language);
        }
        return text;
    }
}
