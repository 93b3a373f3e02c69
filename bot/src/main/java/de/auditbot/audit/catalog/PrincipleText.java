package de.auditbot.audit.catalog;

import java.util.List;

/**
 * What a principle says in one language.
 */
public record PrincipleText(
        String title,
        String explanation,
        String why,
        String nextStepNotFulfilled,
        String nextStepPartial,
        List<String> keywords) {

    public PrincipleText {
        keywords = List.copyOf(keywords);
    }
}
