package de.auditbot.nlp.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word beginnings with the cues they give, as a tree of characters: a token is matched by walking
 * its characters once, instead of cutting each of its beginnings into a new string and looking
 * that up. Immutable after construction, so thread-safe.
 */
final class PrefixCues {

    private final Map<Character, PrefixCues> next = new HashMap<>();
    private Set<String> cues = Set.of();

    /** @param cues the cues of each word beginning */
    PrefixCues(Map<String, Set<String>> cues) {
        cues.forEach((key, value) -> {
            PrefixCues node = this;
            for (int i = 0; i < key.length(); i++) {
                node = node.next.computeIfAbsent(key.charAt(i), c -> new PrefixCues(Map.of()));
            }
            node.cues = value;
        });
    }

    /** Adds the cues of every word beginning the token begins with (the whole token included). */
    void addCuesOf(String token, Set<String> hit) {
        PrefixCues node = this;
        for (int i = 0; i < token.length() && node != null; i++) {
            node = node.next.get(token.charAt(i));
            if (node != null) {
                hit.addAll(node.cues);
            }
        }
    }
}
