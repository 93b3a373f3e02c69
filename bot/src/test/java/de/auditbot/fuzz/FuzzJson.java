package de.auditbot.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates request bodies as raw JSON text, so that they can be what no JSON library would write:
 * duplicate keys, lone surrogates as escapes, deep nesting, operator objects where strings belong,
 * other types in every field, broken syntax, and very large values.
 */
public final class FuzzJson {

    private static final List<String> BROKEN = List.of(
            "", " ", "null", "{", "}", "{\"text\":", "{\"text\":\"ja\"", "{\"text\":\"ja\"}}", "{'text':'ja'}",
            "{text:\"ja\"}", "{\"text\":NaN}", "{\"text\":Infinity}", "{\"text\":\"ja\" /* c */}", "\uFEFF{\"text\":\"ja\"}",
            "{\"text\":\"\\x41\"}", "{\"text\":\"\\uD83\"}", "{\"text\":\"ja\",}", "[", "\"ja", "{\"text\":01}",
            "{\"text\":\"ja\"}\n{\"text\":\"nein\"}", "<xml/>", "text=ja", "\u0000");

    private final Random random;
    private final FuzzText text;

    public FuzzJson(Random random) {
        this.random = random;
        this.text = new FuzzText(random);
    }

    /** A body whose named fields take strings, or anything else in their place. */
    public String body(List<String> fields) {
        return switch (random.nextInt(12)) {
            case 0 -> text.pick(BROKEN);
            case 1 -> deep(100 + random.nextInt(random.nextBoolean() ? 200 : 5_000));
            case 2 -> value(2);
            case 3 -> "{\"" + text.pick(fields) + "\":" + string("ja") + ",\"" + text.pick(fields) + "\":" + value(2) + "}";
            case 4 -> "{\"$where\":\"sleep(5000)\",\"$set\":{\"state\":\"RESULT\"}," + field(fields) + "}";
            case 5 -> random.nextInt(20) == 0 ? "{" + string(text.huge()) + ":1}" : "{\"text\":" + string(text.next()) + "}";
            default -> {
                StringBuilder out = new StringBuilder("{");
                for (String field : fields) {
                    if (random.nextInt(3) > 0) {
                        out.append(out.length() > 1 ? "," : "").append(string(field)).append(':')
                                .append(random.nextInt(3) > 0 ? string(text.next()) : value(3));
                    }
                }
                yield out.append('}').toString();
            }
        };
    }

    /** A field with a value of any type: string, number, boolean, null, array, object or operator. */
    private String field(List<String> fields) {
        return string(text.pick(fields)) + ":" + value(2);
    }

    public String value(int depth) {
        return switch (random.nextInt(depth <= 0 ? 7 : 11)) {
            case 0 -> String.valueOf(random.nextInt());
            case 1 -> text.pick(List.of("1e999", "-0", "0.1e-400", "123456789012345678901234567890", "-1.5"));
            case 2 -> String.valueOf(random.nextBoolean());
            case 3 -> "null";
            case 4 -> "{\"$gt\":\"\"}";
            case 5 -> "{\"$where\":" + string("function(){return true}") + "}";
            case 6 -> string(text.next());
            case 7 -> "[" + value(depth - 1) + "," + value(depth - 1) + "]";
            case 8 -> "{" + string(text.next()) + ":" + value(depth - 1) + "}";
            case 9 -> "{\"$ne\":" + value(depth - 1) + "}";
            default -> "[]";
        };
    }

    /** Arrays and objects nested {@code depth} levels deep. */
    public String deep(int depth) {
        StringBuilder out = new StringBuilder();
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "[" : "{\"text\":");
        }
        out.append("\"ja\"");
        for (int i = 0; i < depth; i++) {
            out.append(arrays ? "]" : "}");
        }
        return out.toString();
    }

    /**
     * A JSON string literal. Characters outside ASCII are written as they are or as escapes, at
     * random; lone surrogates always as escapes, since only an escape carries them through UTF-8.
     */
    public String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        boolean escapeAll = random.nextInt(4) == 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))
                    || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || (escapeAll && c > 0x7E) || (Character.isSurrogate(c) && !paired)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
