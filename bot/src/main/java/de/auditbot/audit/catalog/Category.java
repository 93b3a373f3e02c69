package de.auditbot.audit.catalog;

import java.util.List;

/**
 * A group of principles, e.g. "Nutzerzentrierung".
 */
public record Category(String id, LocalizedText title, LocalizedText summary, List<Principle> principles) {

    public Category {
        principles = List.copyOf(principles);
    }
}
