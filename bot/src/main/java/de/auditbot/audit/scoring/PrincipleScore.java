package de.auditbot.audit.scoring;

/**
 * The score of one principle.
 *
 * @param unknown         questions answered with "don't know"
 * @param anyNotFulfilled whether at least one question was answered "not fulfilled"
 */
public record PrincipleScore(int number, String categoryId, Score score, Light light, int unknown,
        boolean anyNotFulfilled) {

    /** Applicable questions without a settling answer: unanswered or "don't know". */
    public int open() {
        return score.applicable() - score.answered();
    }
}
