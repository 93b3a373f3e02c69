package de.auditbot.audit.catalog;

import de.auditbot.content.ContentException;
import de.auditbot.content.YamlNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Reads one catalog folder: {@code catalog.yaml} for the structure and one {@code texts.<lang>.yaml}
 * per language. Everything is validated; the first problem stops loading with a
 * {@link ContentException} that names file, path and problem.
 */
public final class CatalogLoader {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /**
     * Loads the catalog in a folder.
     *
     * @param folder     the folder resource (ending with a slash)
     * @param folderName the folder's name, used in error messages
     */
    public Catalog load(Resource folder, String folderName) {
        YamlNode structure = YamlNode.parse(relative(folder, "catalog.yaml"), folderName + "/catalog.yaml");
        String id = id(structure.get("id"));
        String version = structure.text("version");
        List<String> languages = languages(structure);
        Map<String, YamlNode> texts = new LinkedHashMap<>();
        for (String language : languages) {
            String name = "texts." + language + ".yaml";
            texts.put(language, YamlNode.parse(relative(folder, name), folderName + "/" + name));
        }
        List<Category> categories = new CategoryReader(structure, texts).read();
        Map<String, String> titles = new LinkedHashMap<>();
        texts.forEach((language, node) -> titles.put(language, node.text("title")));
        return new Catalog(id, version, languages, new LocalizedText(titles), categories);
    }

    private static List<String> languages(YamlNode structure) {
        List<String> languages = new ArrayList<>();
        for (YamlNode node : structure.list("languages")) {
            String language = node.asText();
            if (!LANGUAGE.matcher(language).matches()) {
                throw node.fail("'" + language + "' is not a two-letter language code");
            }
            if (languages.contains(language)) {
                throw node.fail("language '" + language + "' is listed twice");
            }
            languages.add(language);
        }
        YamlNode fallback = structure.get("defaultLanguage");
        if (!languages.contains(fallback.asText())) {
            throw fallback.fail("must be one of the languages " + languages);
        }
        if (!languages.get(0).equals(fallback.asText())) {
            languages.remove(fallback.asText());
            languages.add(0, fallback.asText());
        }
        return languages;
    }

    static String id(YamlNode node) {
        String id = node.asText();
        if (!ID.matcher(id).matches()) {
            throw node.fail("'" + id + "' is not a valid id (lower-case letters, digits and dashes)");
        }
        return id;
    }

    private static Resource relative(Resource folder, String name) {
        try {
            return folder.createRelative(name);
        } catch (IOException e) {
            throw new ContentException(name, "", "cannot be opened: " + e.getMessage(), e);
        }
    }

    /** Checks that a text file names no category, principle or question that the structure lacks. */
    static void rejectUnknown(YamlNode texts, Set<String> known, String what) {
        for (Map.Entry<String, YamlNode> entry : texts.entries().entrySet()) {
            if (!known.contains(entry.getKey())) {
                throw entry.getValue().fail("unknown " + what + " '" + entry.getKey() + "', not in catalog.yaml");
            }
        }
    }

    static <T> void requireUnique(Set<T> seen, T value, YamlNode node, String what) {
        if (!seen.add(value)) {
            throw node.fail(what + " '" + value + "' appears twice");
        }
    }
}
