package de.auditbot.conversation.flow;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Category;
import de.auditbot.audit.history.CheckinPlanner;
import de.auditbot.audit.history.TeamHistory;
import de.auditbot.audit.history.TeamStanding;
import de.auditbot.nlp.IntentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Starts a sprint check-in: a few principles chosen from the team's history, optionally within a
 * category named in the request ("Check-in Offenheit"), one question each, asked like a short audit.
 */
final class CheckinSteps {

    private final TeamHistory history;
    private final AuditSteps audit;
    private final CheckinPlanner planner = new CheckinPlanner();

    CheckinSteps(TeamHistory history, AuditSteps audit) {
        this.history = history;
        this.audit = audit;
    }

    void start(TurnContext ctx) {
        Catalog catalog = ctx.catalog();
        Category category = categoryNamed(ctx.text(), catalog);
        TeamStanding standing = history.standing(ctx.conversation().teamKey(), catalog.id());
        List<Integer> chosen = planner.choose(catalog, standing, category == null ? null : category.id());
        String titles = chosen.stream()
                .map(n -> ctx.messages().format("checkin.principle", Map.of("number", n,
                        "title", catalog.principle(n).orElseThrow().title(ctx.catalogLanguage()))))
                .collect(Collectors.joining("\n"));
        String lead = ctx.messages().format("checkin.start", Map.of("count", chosen.size(), "principles", titles));
        List<String> questions = planner.questions(catalog, standing, chosen);
        audit.begin(ctx, Audit.startCheckin(catalog, chosen, questions, ctx.now()), lead);
    }

    /**
     * Whether the message asks for a check-in of a named category ("Check-in Offenheit"): the
     * phrase lists only know whole messages, and the intent model has never seen category names.
     */
    static boolean asksForCategory(TurnContext ctx) {
        return asksForCategory(ctx, IntentType.START_CHECKIN);
    }

    /** Whether the message is one of the intent's phrases followed by the name of a category. */
    static boolean asksForCategory(TurnContext ctx, IntentType type) {
        if (ctx.text() == null || categoryNamed(ctx.text(), ctx.catalog()) == null) {
            return false;
        }
        String lower = ctx.text().strip().toLowerCase(Locale.ROOT);
        return ctx.phrases().intents().getOrDefault(type.name(), List.of()).stream()
                .anyMatch(phrase -> lower.startsWith(phrase.toLowerCase(Locale.ROOT) + " "));
    }

    /** The category whose title in any of the catalog's languages, or id, the text mentions. */
    static Category categoryNamed(String text, Catalog catalog) {
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (Category category : catalog.categories()) {
            boolean named = lower.contains(category.id().toLowerCase(Locale.ROOT)) || catalog.languages().stream()
                    .anyMatch(l -> lower.contains(category.title().in(l).toLowerCase(Locale.ROOT)));
            if (named) {
                return category;
            }
        }
        return null;
    }
}
