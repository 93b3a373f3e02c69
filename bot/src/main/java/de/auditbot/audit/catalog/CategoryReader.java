package de.auditbot.audit.catalog;

import de.auditbot.content.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the categories, principles and questions of a catalog from its structure file and
 * its per-language text files, checking that both agree.
 */
final class CategoryReader {

    private final YamlNode structure;
    private final Map<String, YamlNode> texts;

    CategoryReader(YamlNode structure, Map<String, YamlNode> texts) {
        this.structure = structure;
        this.texts = texts;
    }

    List<Category> read() {
        List<Category> categories = new ArrayList<>();
        Set<String> categoryIds = new LinkedHashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (YamlNode node : structure.list("categories")) {
            String id = CatalogLoader.id(node.get("id"));
            CatalogLoader.requireUnique(categoryIds, id, node.get("id"), "category");
            List<Principle> principles = new ArrayList<>();
            for (YamlNode principleNode : node.list("principles")) {
                Principle principle = principle(principleNode, id);
                CatalogLoader.requireUnique(numbers, principle.number(), principleNode.get("number"), "principle");
                principles.add(principle);
            }
            categories.add(new Category(id, localized(l -> categoryText(l, id).text("title")),
                    localized(l -> categoryText(l, id).text("summary")), principles));
        }
        Set<String> principleKeys = new HashSet<>();
        numbers.forEach(n -> principleKeys.add(String.valueOf(n)));
        texts.values().forEach(t -> {
            CatalogLoader.rejectUnknown(t.get("categories"), categoryIds, "category");
            CatalogLoader.rejectUnknown(t.get("principles"), principleKeys, "principle");
        });
        return categories;
    }

    private Principle principle(YamlNode node, String categoryId) {
        YamlNode numberNode = node.get("number");
        int number = numberNode.asInt();
        if (number < 1 || number > 999) {
            throw numberNode.fail("must be between 1 and 999");
        }
        String link = node.text("link");
        if (!link.startsWith("https://")) {
            throw node.get("link").fail("must be an https:// address");
        }
        List<String> localIds = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlNode q : node.list("questions")) {
            String localId = CatalogLoader.id(q);
            CatalogLoader.requireUnique(seen, localId, q, "question");
            localIds.add(localId);
        }
        Map<String, PrincipleText> byLanguage = new LinkedHashMap<>();
        texts.forEach((language, file) -> byLanguage.put(language, principleText(file, number)));
        List<Question> questions = new ArrayList<>();
        for (String localId : localIds) {
            questions.add(new Question(number + "." + localId, number,
                    localized(l -> principleNode(l, number).get("questions").text(localId))));
        }
        texts.values().forEach(file -> CatalogLoader.rejectUnknown(
                file.get("principles").get(String.valueOf(number)).get("questions"), seen, "question"));
        return new Principle(number, categoryId, link, questions, byLanguage);
    }

    private PrincipleText principleText(YamlNode file, int number) {
        YamlNode node = file.get("principles").get(String.valueOf(number));
        YamlNode nextSteps = node.get("nextSteps");
        return new PrincipleText(node.text("title"), node.text("explanation"), node.text("why"),
                nextSteps.text("notFulfilled"), nextSteps.text("partial"), node.texts("keywords"));
    }

    private YamlNode categoryText(String language, String id) {
        return texts.get(language).get("categories").get(id);
    }

    private YamlNode principleNode(String language, int number) {
        return texts.get(language).get("principles").get(String.valueOf(number));
    }

    private LocalizedText localized(java.util.function.Function<String, String> perLanguage) {
        Map<String, String> values = new LinkedHashMap<>();
        texts.keySet().forEach(language -> values.put(language, perLanguage.apply(language)));
        return new LocalizedText(values);
    }
}
