package de.auditbot.conversation.flow;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Offers the other catalogs in the menu and recognises the choice of one, so that a new catalog
 * folder in {@code dialogs/} is offered without any code change.
 */
final class CatalogChoice {

    private final CatalogRegistry catalogs;

    CatalogChoice(CatalogRegistry catalogs) {
        this.catalogs = catalogs;
    }

    /** One button per catalog the conversation does not use yet. */
    List<String> buttons(TurnContext ctx) {
        return catalogs.all().stream()
                .filter(c -> !c.id().equals(ctx.catalog().id()))
                .map(c -> label(ctx, c))
                .toList();
    }

    /** The catalog whose button the message is, or whose id or title it names exactly. */
    Optional<Catalog> chosen(TurnContext ctx) {
        if (ctx.text() == null) {
            return Optional.empty();
        }
        String text = ctx.text().strip().toLowerCase(Locale.ROOT);
        return catalogs.all().stream()
                .filter(c -> text.equals(label(ctx, c).toLowerCase(Locale.ROOT)) || text.equals(c.id())
                        || c.languages().stream().anyMatch(l -> text.equals(c.title().in(l).toLowerCase(Locale.ROOT))))
                .findFirst();
    }

    private static String label(TurnContext ctx, Catalog catalog) {
        String language = catalog.languages().contains(ctx.conversation().language())
                ? ctx.conversation().language() : catalog.languages().get(0);
        return ctx.messages().format("catalog.button", Map.of("catalog", catalog.title().in(language)));
    }
}
