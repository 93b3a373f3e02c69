package de.auditbot.audit.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A standard to audit against, loaded from one folder of dialogs/: categories in order, each with
 * its principles and their check questions. Every audit records the id and version it used.
 */
public final class Catalog {

    private final String id;
    private final String version;
    private final List<String> languages;
    private final LocalizedText title;
    private final List<Category> categories;
    private final Map<Integer, Principle> principlesByNumber = new LinkedHashMap<>();
    private final Map<String, Question> questionsById = new LinkedHashMap<>();

    public Catalog(String id, String version, List<String> languages, LocalizedText title, List<Category> categories) {
        this.id = id;
        this.version = version;
        this.languages = List.copyOf(languages);
        this.title = title;
        this.categories = List.copyOf(categories);
        for (Category category : categories) {
            for (Principle principle : category.principles()) {
                principlesByNumber.put(principle.number(), principle);
                principle.questions().forEach(q -> questionsById.put(q.id(), q));
            }
        }
    }

    public String id() {
        return id;
    }

    public String version() {
        return version;
    }

    public List<String> languages() {
        return languages;
    }

    public LocalizedText title() {
        return title;
    }

    public List<Category> categories() {
        return categories;
    }

    /** All principles in catalog order. */
    public List<Principle> principles() {
        return List.copyOf(principlesByNumber.values());
    }

    /** All questions in the order an audit asks them. */
    public List<Question> questions() {
        return List.copyOf(questionsById.values());
    }

    public Optional<Principle> principle(int number) {
        return Optional.ofNullable(principlesByNumber.get(number));
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Category categoryOf(Principle principle) {
        return categories.stream()
                .filter(c -> c.id().equals(principle.categoryId()))
                .findFirst()
                .orElseThrow();
    }

    /** Position of a principle in catalog order, starting at 1. */
    public int positionOf(Principle principle) {
        return List.copyOf(principlesByNumber.keySet()).indexOf(principle.number()) + 1;
    }
}
