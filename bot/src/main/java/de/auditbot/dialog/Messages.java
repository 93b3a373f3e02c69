package de.auditbot.dialog;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's texts in one language, with {@code {name}} placeholders filled in on use.
 */
public final class Messages {

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

    private final String language;
    private final Map<String, String> texts;
    private final Map<String, String> quickReplies;

    Messages(String language, Map<String, String> texts, Map<String, String> quickReplies) {
        this.language = language;
        this.texts = Map.copyOf(texts);
        this.quickReplies = Map.copyOf(quickReplies);
    }

    public String language() {
        return language;
    }

    /** A text without placeholders. */
    public String text(String key) {
        return format(key, Map.of());
    }

    /** A text with its placeholders replaced by the given values. */
    public String format(String key, Map<String, ?> values) {
        String template = texts.get(key);
        if (template == null) {
            throw new IllegalArgumentException("No message '" + key + "' in language " + language);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The label of a quick-reply button. */
    public String quickReply(String key) {
        String label = quickReplies.get(key);
        if (label == null) {
            throw new IllegalArgumentException("No quick reply '" + key + "' in language " + language);
        }
        return label;
    }

    public List<String> quickReplies(String... keys) {
        return Arrays.stream(keys).map(this::quickReply).toList();
    }

    /** All message texts by key, for content checks. */
    Map<String, String> texts() {
        return texts;
    }
}
