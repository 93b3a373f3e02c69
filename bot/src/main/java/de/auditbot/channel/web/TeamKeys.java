package de.auditbot.channel.web;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Turns a team name typed at the start into the team key that web conversations share, so that
 * "Team Wohngeld" and " team  wohngeld" read and add to the same history.
 */
final class TeamKeys {

    static final int MAX_NAME = 100;

    private TeamKeys() {
    }

    static String of(String name) {
        String normal = Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
        return ConversationController.CHANNEL + "-team:" + normal;
    }
}
