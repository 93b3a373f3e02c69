package de.auditbot.audit.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a small catalog in code for domain tests: {@code category("a").principle(1, "x", "y")}
 * gives principle 1 in category a with the questions {@code 1.x} and {@code 1.y}, in that order.
 * Texts exist in German only; links are {@code https://example.org/prinzip-<n>}.
 */
public final class TestCatalog {

    private final Map<String, List<Principle>> categories = new LinkedHashMap<>();
    private String current;

    public static TestCatalog category(String id) {
        return new TestCatalog().andCategory(id);
    }

    public TestCatalog andCategory(String id) {
        categories.put(id, new ArrayList<>());
        current = id;
        return this;
    }

    public TestCatalog principle(int number, String... localIds) {
        List<Question> questions = new ArrayList<>();
        for (String localId : localIds) {
            questions.add(new Question(number + "." + localId, number, de("Frage " + number + "." + localId + "?")));
        }
        PrincipleText text = new PrincipleText("Prinzip " + number, "Erklärung", "Warum", "Anfangen", "Weitermachen",
                List.of("stichwort"));
        categories.get(current).add(new Principle(number, current, link(number), questions, Map.of("de", text)));
        return this;
    }

    public Catalog build() {
        List<Category> built = new ArrayList<>();
        categories.forEach((id, principles) -> built.add(new Category(id, de(id), de(id), principles)));
        return new Catalog("test", "0.1", List.of("de"), de("Testkatalog"), built);
    }

    public static String link(int number) {
        return "https://example.org/prinzip-" + number;
    }

    private static LocalizedText de(String text) {
        return new LocalizedText(Map.of("de", text));
    }
}
