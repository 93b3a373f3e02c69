package de.auditbot.channel.matrix;

import de.auditbot.conversation.Reply;
import java.util.List;

/**
 * Renders a reply as a notice: the plain text, the quick replies as a numbered list (answerable
 * with the number or the words), and a result as HTML tables. The plain body says the same as
 * the HTML for clients that show no HTML.
 */
final class ReplyRenderer {

    private final ResultTables tables;

    ReplyRenderer(ResultTables tables) {
        this.tables = tables;
    }

    OutboundNotice render(Reply reply, String roomId, String threadRootId, String inReplyTo, String language) {
        StringBuilder body = new StringBuilder(reply.text());
        StringBuilder html = new StringBuilder("<p>").append(Html.paragraphs(reply.text())).append("</p>");
        if (reply.result() != null) {
            html.append(tables.html(reply.result(), language));
        }
        List<String> options = reply.quickReplies();
        if (!options.isEmpty()) {
            body.append("\n");
            html.append("<ol>");
            for (int i = 0; i < options.size(); i++) {
                body.append("\n").append(i + 1).append(". ").append(options.get(i));
                html.append("<li>").append(Html.escape(options.get(i))).append("</li>");
            }
            html.append("</ol>");
        }
        return new OutboundNotice(roomId, body.toString(), html.toString(), threadRootId, inReplyTo);
    }
}
