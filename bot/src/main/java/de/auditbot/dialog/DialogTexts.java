package de.auditbot.dialog;

import java.util.List;
import java.util.Map;

/**
 * Everything the conversation says and understands, per language, as loaded from
 * {@code dialogs/conversation/texts.<lang>.yaml}. The first language is the default.
 */
public final class DialogTexts {

    private final Map<String, Messages> messages;
    private final Map<String, Phrases> phrases;
    private final List<String> languages;

    DialogTexts(List<String> languages, Map<String, Messages> messages, Map<String, Phrases> phrases) {
        this.languages = List.copyOf(languages);
        this.messages = Map.copyOf(messages);
        this.phrases = Map.copyOf(phrases);
    }

    public List<String> languages() {
        return languages;
    }

    public String defaultLanguage() {
        return languages.get(0);
    }

    public boolean supports(String language) {
        return messages.containsKey(language);
    }

    public Messages messages(String language) {
        return messages.getOrDefault(language, messages.get(defaultLanguage()));
    }

    public Phrases phrases(String language) {
        return phrases.get(language);
    }
}
