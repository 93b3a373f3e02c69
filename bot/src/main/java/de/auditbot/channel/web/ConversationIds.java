package de.auditbot.channel.web;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Web conversation ids: 192 random bits, URL-safe. Knowing one id gives no hint of another.
 */
final class ConversationIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{32}");

    private ConversationIds() {
    }

    static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether a string can be an id at all; anything else is unknown without asking the store. */
    static boolean isWellFormed(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }
}
