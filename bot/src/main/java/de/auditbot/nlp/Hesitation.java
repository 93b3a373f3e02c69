package de.auditbot.nlp;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a message is only a sound of hesitation ("hm", "hmm …", "ähm", "öhm", "uh", "erm"): the
 * team has not answered yet, whatever level the answer model ranks first, so the bot asks back and
 * never records it. "mhm", which says yes, is not one.
 */
final class Hesitation {

    private static final Pattern ONLY_HESITATION = Pattern.compile(
            "(?:\\s*(?:h+m+|[äae]+h+m*|[öo]+h+m*|[öo]+m+|u+h+m*|u+m+|e+r+m+)[\\s.,!?…]*)+");

    private Hesitation() {
    }

    static boolean only(String text) {
        return text != null && ONLY_HESITATION.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
