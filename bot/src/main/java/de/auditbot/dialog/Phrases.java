package de.auditbot.dialog;

import java.util.List;
import java.util.Map;

/**
 * The words the bot understands in one language without a model: per answer level, per intent
 * and per language that can be switched to.
 *
 * @param answers   answer level name (e.g. FULFILLED) to phrases
 * @param intents   intent name (e.g. SKIP) to phrases; a phrase may contain {n} for a number
 * @param languages language code to the phrases that switch to it
 */
public record Phrases(Map<String, List<String>> answers, Map<String, List<String>> intents,
        Map<String, List<String>> languages) {
}
