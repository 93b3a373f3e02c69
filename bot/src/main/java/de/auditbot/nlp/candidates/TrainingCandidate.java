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
 */
@Document("trainingCandidates")
public record TrainingCandidate(@Id String id, String text, String level, String predicted, double confidence,
        String language, Instant at) {

    public static TrainingCandidate of(String text, String level, String predicted, double confidence, String language,
            Instant at) {
        return new TrainingCandidate(null, text, level, predicted, confidence, language, at);
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
