package de.auditbot.audit.history;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the web links in a team's answer; they are kept as evidence for the principle.
 */
public final class EvidenceLinks {

    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"')\\]]+", Pattern.CASE_INSENSITIVE);

    private EvidenceLinks() {
    }

    /** The words without the links, which say nothing about the answer's level or intent. */
    public static String without(String text) {
        return text == null ? null : URL.matcher(text).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    public static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> links = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            // A sentence ending right after a link is not part of it.
            String link = m.group().replaceAll("[.,;:!?]+$", "");
            if (!links.contains(link)) {
                links.add(link);
            }
        }
        return List.copyOf(links);
    }
}
