package de.auditbot.conversation.flow;

import de.auditbot.audit.AnswerLevel;
import de.auditbot.audit.Audit;
import de.auditbot.audit.AnswerRecord;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Category;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.Question;
import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Puts the pending question into words: the category and principle when the audit reaches a new
 * one, a note when a skipped question comes back or an answer is being corrected, and the
 * answer buttons.
 */
final class QuestionPresenter {

    /** Asks the pending question, introducing its principle if it is new to the team. */
    void ask(TurnContext ctx, String lead) {
        present(ctx, lead, true, List.of());
    }

    /** Asks the pending question again after a digression, without introductions. */
    void repeat(TurnContext ctx, String lead) {
        present(ctx, lead, false, List.of());
    }

    /** Asks the pending question again with quick replies of its own before the answer buttons. */
    void repeat(TurnContext ctx, String lead, List<String> firstButtons) {
        present(ctx, lead, false, firstButtons);
    }

    private void present(TurnContext ctx, String lead, boolean introduce, List<String> firstButtons) {
        Audit audit = ctx.audit();
        Catalog catalog = ctx.catalog();
        Messages messages = ctx.messages();
        String language = ctx.catalogLanguage();
        Question question = catalog.question(audit.pending().orElseThrow()).orElseThrow();
        Principle principle = catalog.principle(question.principle()).orElseThrow();
        Category category = catalog.categoryOf(principle);

        List<String> parts = new ArrayList<>();
        if (lead != null) {
            parts.add(lead);
        }
        if (introduce && audit.announce(principle.number())) {
            if (principle.equals(category.principles().get(0)) && question.equals(principle.questions().get(0))) {
                parts.add(messages.format("audit.category", Map.of(
                        "position", catalog.categories().indexOf(category) + 1,
                        "count", catalog.categories().size(),
                        "title", category.title().in(language),
                        "summary", category.summary().in(language))));
            }
            parts.add(messages.format("audit.principle", Map.of(
                    "number", principle.number(),
                    "title", principle.title(language),
                    "explanation", principle.text(language).explanation())));
        }
        if (audit.skipCount(question.id()) > 0 && !audit.currentAnswers().containsKey(question.id())) {
            parts.add(messages.text("audit.skippedBefore"));
        }
        AnswerRecord previous = audit.currentAnswers().get(question.id());
        if (previous != null) {
            parts.add(messages.format("audit.previousAnswer",
                    Map.of("level", messages.text("level." + previous.level().name()))));
        }
        parts.add(messages.format("audit.question", Map.of(
                "number", principle.number(),
                "position", principle.questions().indexOf(question) + 1,
                "count", principle.questions().size(),
                "question", question.text().in(language))));
        List<String> buttons = new ArrayList<>(firstButtons);
        answerButtons(messages).stream().filter(b -> !buttons.contains(b)).forEach(buttons::add);
        ctx.say(String.join("\n\n", parts), buttons);
    }

    static List<String> answerButtons(Messages messages) {
        return messages.quickReplies("yes", "partly", "no", "unknown", "notApplicable", "skip");
    }

    /** A level's quick reply: its name with a capital first letter ("Teilweise erfüllt"). */
    static String levelButton(Messages messages, AnswerLevel level) {
        String name = messages.text("level." + level.name());
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
