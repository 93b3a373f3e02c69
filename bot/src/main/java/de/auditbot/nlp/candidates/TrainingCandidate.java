package de.auditbot.nlp.candidates;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A free-text answer whose level the team confirmed after the bot asked back: a labelled line
 * the answer model may learn from once someone has reviewed it.
 *
 * @param level     the confirmed level, the label of the training line
 * @param predicted what the model thought before asking back
 * @param conversationId where it was given, so that deleting a team's data removes it too
 */
@Document("trainingCandidates")
public record TrainingCandidate(@Id String id, String text, String level, String predicted, double confidence,
        String language, Instant at, String conversationId) {

    public static TrainingCandidate of(String text, String level, String predicted, double confidence, String language,
            Instant at, String conversationId) {
        return new TrainingCandidate(null, text, level, predicted, confidence, language, at, conversationId);
    }

    /** Whether the team chose another level than the model's best guess. */
    public boolean corrected() {
        return !level.equals(predicted);
    }

    /** The candidate as a line of the per-label training files: the text on one line. */
    public String trainingLine() {
        return text.replaceAll("\\s+", " ").strip();
    }
}
