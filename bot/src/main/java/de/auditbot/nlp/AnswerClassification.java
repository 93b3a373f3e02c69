package de.auditbot.nlp;

import de.auditbot.audit.AnswerLevel;
import java.util.List;

/**
 * An answer level understood from a text, with how sure the classifier is (0..1).
 *
 * @param ranking  every level the classifier considered, most likely first
 * @param certain  whether the bot may record the level without asking back: a rule matched, or
 *                 the model is above the confidence threshold and clearly ahead of the runner-up
 * @param noAnswer whether the model took the text for no answer at all (small talk, a remark to a
 *                 colleague): never certain, the level and ranking are only the likeliest levels
 */
public record AnswerClassification(AnswerLevel level, double confidence, List<AnswerLevel> ranking, boolean certain,
        boolean noAnswer) {

    public AnswerClassification {
        ranking = List.copyOf(ranking);
        if (noAnswer && certain) {
            throw new IllegalArgumentException("A text that is no answer cannot be a certain answer");
        }
    }

    /** A level the classifier understood, certain or to be asked back on. */
    public AnswerClassification(AnswerLevel level, double confidence, List<AnswerLevel> ranking, boolean certain) {
        this(level, confidence, ranking, certain, false);
    }

    /** A level recognised exactly, e.g. from a quick reply. */
    public AnswerClassification(AnswerLevel level, double confidence) {
        this(level, confidence, List.of(level), true);
    }

    /** A text the model took for no answer; the ranking of the levels is kept for the record. */
    public static AnswerClassification notAnAnswer(double confidence, List<AnswerLevel> ranking) {
        return new AnswerClassification(ranking.get(0), confidence, ranking, false, true);
    }
}
