package de.auditbot.nlp.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Retrieval over the texts that describe each topic (for the catalog: a principle's title,
 * explanation, check questions and keywords in every language). A query scores each topic by
 * the inverse document frequency of the word stems it shares with the topic's texts, so that a
 * word only one principle uses counts much and a word all of them use counts nothing. Built
 * from whatever texts it is given, it follows a changed catalog without retraining.
 *
 * <p>Immutable once built; stemming uses one stemmer per thread.
 */
public final class TopicIndex {

    private static final int MIN_LENGTH = 3;

    private final TextNormalizer normalizer;
    private final Map<String, Set<String>> stemsByTopic = new LinkedHashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final ThreadLocal<SnowballStemmer> stemmer =
            ThreadLocal.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));

    /** @param textsByTopic every topic with the texts that describe it */
    public TopicIndex(TextNormalizer normalizer, Map<String, List<String>> textsByTopic) {
        this.normalizer = normalizer;
        textsByTopic.forEach((topic, texts) -> {
            Set<String> stems = new HashSet<>();
            texts.forEach(text -> stems.addAll(stems(text)));
            stemsByTopic.put(topic, stems);
        });
        Map<String, Integer> documentFrequency = new HashMap<>();
        stemsByTopic.values().forEach(stems -> stems.forEach(s -> documentFrequency.merge(s, 1, Integer::sum)));
        int topics = stemsByTopic.size();
        documentFrequency.forEach((stem, count) -> weights.put(stem, Math.log((double) topics / count)));
    }

    /**
     * Each topic's share of the query's matching weight, between 0 and 1 and summing to 1; all
     * zero when the query shares no distinctive word with any topic.
     */
    public Map<String, Double> shares(String query) {
        Set<String> queryStems = stems(query);
        Map<String, Double> scores = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Set<String>> topic : stemsByTopic.entrySet()) {
            double score = 0;
            for (String stem : queryStems) {
                if (topic.getValue().contains(stem)) {
                    score += weights.get(stem);
                }
            }
            scores.put(topic.getKey(), score);
            total += score;
        }
        if (total > 0) {
            double sum = total;
            scores.replaceAll((topic, score) -> score / sum);
        }
        return scores;
    }

    private Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String token : normalizer.tokens(text)) {
            if (token.length() >= MIN_LENGTH && Character.isLetterOrDigit(token.codePointAt(0))) {
                stems.add(stemmer.get().stem(token).toString());
            }
        }
        return stems;
    }
}
