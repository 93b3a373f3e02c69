package de.auditbot.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A position in a parsed YAML content file that knows where it is ("principles.3.questions"), so
 * that every lookup failure becomes a {@link ContentException} naming file, path and problem.
 */
public final class YamlNode {

    private final String file;
    private final String path;
    private final Object value;

    private YamlNode(String file, String path, Object value) {
        this.file = file;
        this.path = path;
        this.value = value;
    }

    /** Parses a YAML file safely (no custom tags, no duplicate keys) into its root node. */
    public static YamlNode parse(Resource resource, String displayName) {
        if (!resource.exists()) {
            throw new ContentException(displayName, "", "file is missing");
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        try (InputStream in = resource.getInputStream();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Object root = new Yaml(new SafeConstructor(options)).load(reader);
            if (!(root instanceof Map)) {
                throw new ContentException(displayName, "", "the file must contain a YAML mapping at the top");
            }
            return new YamlNode(displayName, "", root);
        } catch (MarkedYAMLException e) {
            String line = e.getProblemMark() == null ? "" : " (line " + (e.getProblemMark().getLine() + 1) + ")";
            throw new ContentException(displayName, "", "not valid YAML" + line + ": " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new ContentException(displayName, "", "not valid YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new ContentException(displayName, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }

    public boolean has(String key) {
        return asMap().containsKey(key);
    }

    /** The child under a key; fails when it is missing. */
    public YamlNode get(String key) {
        Map<String, Object> map = asMap();
        if (!map.containsKey(key) || map.get(key) == null) {
            throw fail(child(key), "is missing");
        }
        return new YamlNode(file, child(key), map.get(key));
    }

    /** A non-blank text under a key. */
    public String text(String key) {
        return get(key).asText();
    }

    public String asText() {
        if (value instanceof String s) {
            if (s.isBlank()) {
                throw fail(path, "must not be empty");
            }
            return s.strip();
        }
        if (value instanceof Integer || value instanceof Long) {
            return String.valueOf(value);
        }
        if (value instanceof Number) {
            throw fail(path, "is read as a decimal number (" + value + "); put it in quotes to keep it as written");
        }
        if (value instanceof Boolean) {
            throw fail(path, "is read as true/false; put words like yes, no, on or off in quotes");
        }
        throw fail(path, "must be a text");
    }

    public int asInt() {
        if (value instanceof Integer i) {
            return i;
        }
        throw fail(path, "must be a whole number");
    }

    /** The elements of a list under a key; fails when it is missing, not a list or empty. */
    public List<YamlNode> list(String key) {
        YamlNode node = get(key);
        if (!(node.value instanceof List<?> items)) {
            throw fail(node.path, "must be a list");
        }
        if (items.isEmpty()) {
            throw fail(node.path, "must not be empty");
        }
        List<YamlNode> nodes = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            nodes.add(new YamlNode(file, node.path + "[" + i + "]", items.get(i)));
        }
        return nodes;
    }

    /** The texts of a list under a key. */
    public List<String> texts(String key) {
        return list(key).stream().map(YamlNode::asText).toList();
    }

    /** The entries of a mapping, keys as text (numbers become "3"), in file order. */
    public Map<String, YamlNode> entries() {
        Map<String, YamlNode> entries = new LinkedHashMap<>();
        asMap().forEach((k, v) -> entries.put(String.valueOf(k), new YamlNode(file, child(String.valueOf(k)), v)));
        return entries;
    }

    /** A failure at this node's path. */
    public ContentException fail(String problem) {
        return fail(path, problem);
    }

    private ContentException fail(String at, String problem) {
        return new ContentException(file, at, problem);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> asMap() {
        if (!(value instanceof Map<?, ?> raw)) {
            throw fail(path, "must be a mapping of keys to values");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<Object, Object>) raw).forEach((k, v) -> {
            if (k instanceof Boolean || k == null) {
                throw fail(path, "a key is read as true/false or is empty (yes, no, on, off, ~); put it in quotes");
            }
            map.put(String.valueOf(k), v);
        });
        return map;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
