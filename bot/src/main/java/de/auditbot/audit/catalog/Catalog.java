package de.auditbot.audit.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
    private final Map<Integer, Integer> positionsByNumber = new LinkedHashMap<>();
    private final Map<String, Category> categoriesById = new LinkedHashMap<>();
    /** Built once: every turn asks for these, so they are not copied per call. */
    private final List<Principle> principles;
    private final List<Question> questions;

    public Catalog(String id, String version, List<String> languages, LocalizedText title, List<Category> categories) {
        this.id = id;
        this.version = version;
        this.languages = List.copyOf(languages);
        this.title = title;
        this.categories = List.copyOf(categories);
        for (Category category : categories) {
            categoriesById.putIfAbsent(category.id(), category);
            for (Principle principle : category.principles()) {
                principlesByNumber.put(principle.number(), principle);
                principle.questions().forEach(q -> questionsById.put(q.id(), q));
            }
        }
        this.principles = List.copyOf(principlesByNumber.values());
        this.questions = List.copyOf(questionsById.values());
        principles.forEach(p -> positionsByNumber.put(p.number(), positionsByNumber.size() + 1));
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
        return principles;
    }

    /** All questions in the order an audit asks them. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Principle> principle(int number) {
        return Optional.ofNullable(principlesByNumber.get(number));
    }

    public Optional<Question> question(String questionId) {
        return Optional.ofNullable(questionsById.get(questionId));
    }

    public Category categoryOf(Principle principle) {
        Category category = categoriesById.get(principle.categoryId());
        if (category == null) {
            throw new NoSuchElementException("no category " + principle.categoryId() + " in " + id);
        }
        return category;
    }

    /** Position of a principle in catalog order, starting at 1. */
    public int positionOf(Principle principle) {
        return positionsByNumber.getOrDefault(principle.number(), 0);
    }
}
