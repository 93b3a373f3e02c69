package de.auditbot.nlp;

import de.auditbot.audit.AnswerLevel;
import java.util.List;

/**
 * An answer level understood from a text, with how sure the classifier is (0..1).
 *
 * @param ranking every level the classifier considered, most likely first
 * @param certain whether the bot may record the level without asking back: a rule matched, or
 *                the model is above the confidence threshold and clearly ahead of the runner-up
 */
public record AnswerClassification(AnswerLevel level, double confidence, List<AnswerLevel> ranking, boolean certain) {

    public AnswerClassification {
        ranking = List.copyOf(ranking);
    }

    /** A level recognised exactly, e.g. from a quick reply. */
    public AnswerClassification(AnswerLevel level, double confidence) {
        this(level, confidence, List.of(level), true);
    }
}
