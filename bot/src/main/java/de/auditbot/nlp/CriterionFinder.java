package de.auditbot.nlp;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.Principle;
import de.auditbot.audit.catalog.PrincipleText;
import de.auditbot.nlp.model.Classification;
import de.auditbot.nlp.model.TextClassifier;
import de.auditbot.nlp.text.TextNormalizer;
import de.auditbot.nlp.text.TopicIndex;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the principle a question is about: a principle named by number is certain; otherwise the
 * criterion model's probabilities are combined with two kinds of retrieval over the catalog's own
 * texts in every language: whole keywords and titles found in the question, and the distinctive
 * word stems it shares with a principle's title, explanation, check questions and keywords
 * ({@link TopicIndex}). Retrieval keeps principles findable that the model was not trained on, so
 * that a changed catalog still works; the model covers the way people ask. The weights were chosen
 * by cross-validation over the training questions, not on the held-out ones. The model knows only
 * the principles of the catalog it was trained on; for any other catalog (the UK standard, or one
 * added later as data only) the finder goes by retrieval over that catalog's texts alone.
 */
public final class CriterionFinder {

    /** The weights chosen by cross-validation over the training questions ({@code CriterionFinderEval}). */
    static final Weights WEIGHTS = new Weights(0.3, 0.5);
    /**
     * When the best principle is clear enough to answer without offering the top three: it leads the
     * second by this margin (and so has at least that score). Chosen by {@code CriterionFinderEval}: at
     * 0.30 the finder is sure of 66 % of the questions and right on 97.9 % of those, against 65 % and
     * 97.5 % under the former rule (score 0.45 and margin 0.15).
     */
    static final double SURE_MARGIN = 0.30;

    private final TextClassifier model;
    private final TextNormalizer normalizer;
    private final Map<String, TopicIndex> indexes = new ConcurrentHashMap<>();
    private final String modelCatalogId;
    private final Weights weights;

    /**
     * @param modelCatalogId the id of the catalog whose principle numbers the model's labels are
     */
    public CriterionFinder(TextClassifier model, TextNormalizer normalizer, String modelCatalogId) {
        this(model, normalizer, modelCatalogId, WEIGHTS);
    }

    CriterionFinder(TextClassifier model, TextNormalizer normalizer, String modelCatalogId, Weights weights) {
        this.model = model;
        this.normalizer = normalizer;
        this.modelCatalogId = modelCatalogId;
        this.weights = weights;
    }

    /**
     * How much retrieval counts next to the model's probabilities (which sum to 1).
     *
     * @param keyword   per whole keyword or title found in the question, up to three
     * @param retrieval for the shares of the distinctive word stems (which sum to 1)
     */
    record Weights(double keyword, double retrieval) {
    }

    public CriterionMatch find(String text, Integer number, Catalog catalog) {
        if (number != null && catalog.principle(number).isPresent()) {
            return new CriterionMatch(List.of(new CriterionMatch.Scored(number, 1.0)), true, true);
        }
        Map<Integer, Double> scores = new HashMap<>();
        catalog.principles().forEach(p -> scores.put(p.number(), 0.0));
        if (catalog.id().equals(modelCatalogId)) {
            Classification predicted = model.classify(text);
            predicted.ranking().forEach(s -> scores.computeIfPresent(Integer.valueOf(s.label()),
                    (k, v) -> v + s.confidence()));
        }
        index(catalog).shares(text).forEach((p, share) ->
                scores.computeIfPresent(Integer.valueOf(p), (k, v) -> v + weights.retrieval() * share));
        String normalized = " " + normalizer.normalize(text) + " ";
        boolean topical = false;
        for (Principle principle : catalog.principles()) {
            int hits = keywordHits(principle, catalog, normalized);
            topical |= hits > 0;
            scores.merge(principle.number(), weights.keyword() * Math.min(hits, 3), Double::sum);
        }
        double total = scores.values().stream().mapToDouble(Double::doubleValue).sum();
        List<CriterionMatch.Scored> ranking = new ArrayList<>();
        scores.forEach((p, s) -> ranking.add(new CriterionMatch.Scored(p, total == 0 ? 0 : s / total)));
        ranking.sort(Comparator.comparingDouble(CriterionMatch.Scored::score).reversed()
                .thenComparingInt(CriterionMatch.Scored::principle));
        double margin = ranking.size() < 2 ? 1 : ranking.get(0).score() - ranking.get(1).score();
        return new CriterionMatch(ranking, margin >= SURE_MARGIN, topical);
    }

    private TopicIndex index(Catalog catalog) {
        return indexes.computeIfAbsent(catalog.id() + "@" + catalog.version(), key -> {
            Map<String, List<String>> texts = new LinkedHashMap<>();
            for (Principle principle : catalog.principles()) {
                List<String> all = new ArrayList<>();
                for (String language : catalog.languages()) {
                    PrincipleText text = principle.text(language);
                    all.add(text.title());
                    all.add(text.explanation());
                    all.addAll(text.keywords());
                    principle.questions().forEach(q -> all.add(q.text().in(language)));
                }
                texts.put(String.valueOf(principle.number()), all);
            }
            return new TopicIndex(normalizer, texts);
        });
    }

    /** How many of a principle's keywords and title words-in-a-row appear as whole words in the text. */
    private int keywordHits(Principle principle, Catalog catalog, String normalizedText) {
        int hits = 0;
        for (String language : catalog.languages()) {
            PrincipleText text = principle.text(language);
            List<String> terms = new ArrayList<>(text.keywords());
            terms.add(text.title());
            for (String term : terms) {
                String key = normalizer.normalize(term);
                if (key.length() >= 3 && normalizedText.contains(" " + key + " ")) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
