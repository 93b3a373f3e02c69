package de.auditbot.audit.catalog;

import java.util.List;
import java.util.Map;

/**
 * One principle of a standard, with its check questions.
 */
public record Principle(int number, String categoryId, String link, List<Question> questions,
        Map<String, PrincipleText> texts) {

    public Principle {
        questions = List.copyOf(questions);
        texts = Map.copyOf(texts);
    }

    public PrincipleText text(String language) {
        PrincipleText text = texts.get(language);
        if (text == null) {
            throw new IllegalArgumentException("No text in language " + language);
        }
        return text;
    }

    public String title(String language) {
        return text(language).title();
    }
}
