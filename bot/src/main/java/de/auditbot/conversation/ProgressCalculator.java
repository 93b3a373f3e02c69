package de.auditbot.conversation;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import java.util.Optional;

/**
 * Works out where a conversation's audit stands, for the progress shown with every reply.
 */
final class ProgressCalculator {

    Progress of(Conversation conversation, Catalog catalog, String language) {
        String lang = catalog.languages().contains(language) ? language : catalog.languages().get(0);
        int total = catalog.questions().size();
        Optional<Audit> audit = conversation.audit();
        if (audit.isEmpty()) {
            return new Progress(0, total, null, null, 0, catalog.principles().size(), null);
        }
        int answered = audit.get().currentAnswers().size();
        Optional<Principle> current = audit.get().pending()
                .flatMap(catalog::question)
                .flatMap(q -> catalog.principle(q.principle()));
        if (current.isEmpty()) {
            return new Progress(answered, total, null, null, 0, catalog.principles().size(), null);
        }
        Principle principle = current.get();
        return new Progress(answered, total, principle.number(), principle.title(lang), catalog.positionOf(principle),
                catalog.principles().size(), catalog.categoryOf(principle).title().in(lang));
    }
}
