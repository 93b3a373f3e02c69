package de.auditbot.channel.matrix;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a room message speaks to the bot, and what it says without the command prefix or
 * the mention. In a direct chat everything is for the bot; in a group room a message is for it when
 * it starts with the prefix or mentions the bot. Whether a running audit makes the other messages
 * answers is the channel's call.
 */
final class Addressing {

    private final String prefix;

    Addressing(String prefix) {
        this.prefix = prefix.trim();
    }

    /** The text for the bot, or empty when the message is not explicitly addressed to it. */
    Optional<String> explicit(RoomMessage message, String botUserId) {
        String text = message.body().strip();
        if (startsWithWord(text, prefix)) {
            return Optional.of(text.substring(prefix.length()).strip());
        }
        String localpart = botUserId.substring(1, Math.max(1, botUserId.indexOf(':')));
        boolean named = text.contains(botUserId)
                || Pattern.compile("^@?" + Pattern.quote(localpart) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
        if (message.mentionsBot() || named) {
            return Optional.of(withoutMention(text, botUserId, localpart));
        }
        return Optional.empty();
    }

    private static boolean startsWithWord(String text, String word) {
        return text.toLowerCase(Locale.ROOT).startsWith(word.toLowerCase(Locale.ROOT))
                && (text.length() == word.length() || !Character.isLetterOrDigit(text.charAt(word.length())));
    }

    /** Drops the bot's id, or a leading "auditbot:" as Element writes a mention in the plain body. */
    private static String withoutMention(String text, String botUserId, String localpart) {
        String rest = text.replace(botUserId, " ");
        rest = rest.replaceFirst("(?i)^\\s*@?" + Pattern.quote(localpart) + "\\b", " ");
        return rest.replaceFirst("^[\\s:,]+", "").strip();
    }
}
