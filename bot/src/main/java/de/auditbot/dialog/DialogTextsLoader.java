package de.auditbot.dialog;

import de.auditbot.content.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import org.springframework.core.io.Resource;

/**
 * Loads and checks the dialog texts: every language has the same message keys with the same
 * placeholders and the same quick replies, and every phrase list is non-empty.
 */
public final class DialogTextsLoader {

    /**
     * @param folder    the folder with the {@code texts.<lang>.yaml} files
     * @param languages the languages to load, default first
     */
    public DialogTexts load(Resource folder, List<String> languages) {
        Map<String, Messages> messages = new LinkedHashMap<>();
        Map<String, Phrases> phrases = new LinkedHashMap<>();
        Map<String, YamlNode> files = new LinkedHashMap<>();
        for (String language : languages) {
            String name = "texts." + language + ".yaml";
            YamlNode root = YamlNode.parse(relative(folder, name), "conversation/" + name);
            files.put(language, root);
            messages.put(language, new Messages(language, texts(root.get("messages")), texts(root.get("quickReplies"))));
            YamlNode understand = root.get("understand");
            phrases.put(language, new Phrases(lists(understand.get("answers")), lists(understand.get("intents")),
                    lists(understand.get("languages"))));
        }
        String first = languages.get(0);
        for (String language : languages.subList(1, languages.size())) {
            sameKeys(files.get(first).get("messages"), files.get(language).get("messages"), true);
            sameKeys(files.get(first).get("quickReplies"), files.get(language).get("quickReplies"), false);
        }
        return new DialogTexts(languages, messages, phrases);
    }

    private static Map<String, String> texts(YamlNode node) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.entries().forEach((key, value) -> texts.put(key, value.asText()));
        return texts;
    }

    private static Map<String, List<String>> lists(YamlNode node) {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        node.entries().keySet().forEach(key -> lists.put(key, node.texts(key)));
        return lists;
    }

    private static void sameKeys(YamlNode reference, YamlNode other, boolean comparePlaceholders) {
        Map<String, YamlNode> expected = reference.entries();
        Map<String, YamlNode> actual = other.entries();
        for (String key : expected.keySet()) {
            if (!actual.containsKey(key)) {
                throw other.fail("'" + key + "' is missing (it exists in " + reference.file() + ")");
            }
            if (comparePlaceholders) {
                Set<String> want = placeholders(expected.get(key).asText());
                Set<String> have = placeholders(actual.get(key).asText());
                if (!want.equals(have)) {
                    throw actual.get(key).fail("uses placeholders " + have + " but " + reference.file() + " uses " + want);
                }
            }
        }
        for (String key : actual.keySet()) {
            if (!expected.containsKey(key)) {
                throw actual.get(key).fail("unknown key, not in " + reference.file());
            }
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = Messages.PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Resource relative(Resource folder, String name) {
        try {
            return folder.createRelative(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
