package de.auditbot.nlp.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Retrieval over the texts that describe each topic (for the catalog: a principle's title,
 * explanation, check questions and keywords in every language). A query scores each topic by
 * the inverse document frequency of the word stems it shares with the topic's texts, so that a
 * word only one principle uses counts much and a word all of them use counts nothing. Built
 * from whatever texts it is given, it follows a changed catalog without retraining.
 *
 * <p>Immutable once built; stems come from {@link Stems}, which is thread-safe.
 */
public final class TopicIndex {

    private static final int MIN_LENGTH = 3;
    /** The shortest known stem looked for inside an unknown word. */
    private static final int PART_LENGTH = 5;
    /** How much a known stem inside an unknown compound counts against the stem found as a word. */
    private static final double PART_WEIGHT = 0.5;

    private final TextNormalizer normalizer;
    private final Map<String, Set<String>> stemsByTopic = new LinkedHashMap<>();
    private final Map<String, Double> weights = new HashMap<>();
    private final Map<String, List<String>> partsByStart = new HashMap<>();
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
        weights.forEach((stem, weight) -> {
            if (stem.length() >= PART_LENGTH && weight > 0) {
                partsByStart.computeIfAbsent(stem.substring(0, PART_LENGTH), k -> new ArrayList<>()).add(stem);
            }
        });
    }

    /**
     * Each topic's share of the query's matching weight, between 0 and 1 and summing to 1; all
     * zero when the query shares no distinctive word with any topic.
     */
    public Map<String, Double> shares(String query) {
        Map<String, Double> queryStems = queryStems(query);
        Map<String, Double> scores = new LinkedHashMap<>();
        double total = 0;
        for (Map.Entry<String, Set<String>> topic : stemsByTopic.entrySet()) {
            double score = 0;
            for (Map.Entry<String, Double> stem : queryStems.entrySet()) {
                if (topic.getValue().contains(stem.getKey())) {
                    score += stem.getValue() * weights.get(stem.getKey());
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

    /** The query's stems the index knows, with the known parts of unknown compounds at a lower weight. */
    private Map<String, Double> queryStems(String text) {
        Map<String, Double> found = new HashMap<>();
        for (String token : normalizer.tokens(text)) {
            if (!isWord(token)) {
                continue;
            }
            String stem = stem(token);
            if (weights.containsKey(stem)) {
                found.put(stem, 1.0);
            } else {
                for (String part : parts(token)) {
                    found.merge(part, PART_WEIGHT, Math::max);
                }
            }
        }
        return found;
    }

    /** The longest known stems inside a word the index does not know ("barrierefreiheitstest"). */
    private List<String> parts(String token) {
        List<String> parts = new ArrayList<>();
        int covered = 0;
        for (int start = 0; start + PART_LENGTH <= token.length(); start++) {
            String longest = null;
            for (String stem : partsByStart.getOrDefault(token.substring(start, start + PART_LENGTH), List.of())) {
                if (token.startsWith(stem, start) && (longest == null || stem.length() > longest.length())) {
                    longest = stem;
                }
            }
            if (longest != null && start + longest.length() > covered) {
                parts.add(longest);
                covered = start + longest.length();
            }
        }
        return parts;
    }

    private Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String token : normalizer.tokens(text)) {
            if (isWord(token)) {
                stems.add(stem(token));
            }
        }
        return stems;
    }

    /** Whether a token counts for retrieval: a word or number of at least {@value #MIN_LENGTH} characters. */
    private static boolean isWord(String token) {
        return token.length() >= MIN_LENGTH && Character.isLetterOrDigit(token.codePointAt(0));
    }

    private String stem(String token) {
        return Stems.of(token);
    }
}
