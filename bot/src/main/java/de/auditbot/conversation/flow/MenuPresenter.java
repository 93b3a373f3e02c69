package de.auditbot.conversation.flow;

import de.auditbot.dialog.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The start menu: the greeting and the buttons offered when no audit runs (audit, check-in, the
 * other catalogs, help and language).
 */
final class MenuPresenter {

    private final TeamCommands team;

    MenuPresenter(TeamCommands team) {
        this.team = team;
    }

    void greet(TurnContext ctx) {
        ctx.say("menu.greeting", Map.of("catalog", ctx.catalog().title().in(ctx.catalogLanguage())), buttons(ctx));
    }

    List<String> buttons(TurnContext ctx) {
        Messages messages = ctx.messages();
        List<String> buttons = new ArrayList<>(messages.quickReplies("startAudit", "startCheckin"));
        buttons.addAll(team.catalogButtons(ctx));
        buttons.addAll(messages.quickReplies("help", "switchLanguage"));
        return buttons;
    }
}
