package de.auditbot.nlp;

import java.util.List;

/**
 * The principles a question may be about, most likely first.
 *
 * @param ranking  principle numbers with their combined score, best first
 * @param sure     whether the best one is clear enough to answer without offering a choice
 * @param topical  whether the text names a topic of some principle at all ("Was heißt das?" does not)
 */
public record CriterionMatch(List<Scored> ranking, boolean sure, boolean topical) {

    public CriterionMatch {
        ranking = List.copyOf(ranking);
    }

    public int best() {
        return ranking.get(0).principle();
    }

    public List<Integer> top(int n) {
        return ranking.stream().limit(n).map(Scored::principle).toList();
    }

    /** A principle with its score, 0..1. */
    public record Scored(int principle, double score) {
    }
}
