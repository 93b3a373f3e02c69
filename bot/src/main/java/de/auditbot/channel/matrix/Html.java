package de.auditbot.channel.matrix;

/**
 * HTML escaping for {@code formatted_body}. Every text that a person wrote, and every text of the
 * catalog, goes through here, so that nobody can smuggle markup into the room through the bot.
 */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Escapes, then keeps the line breaks of a plain text. */
    static String paragraphs(String text) {
        return escape(text).replace("\n", "<br>");
    }
}
