package de.auditbot.conversation;

import de.auditbot.audit.AnswerLevel;
import java.util.List;

/**
 * An answer the bot was not sure about and asked back on; nothing is recorded until the team
 * confirms a level.
 *
 * @param questionId  the question the free text answers
 * @param text        the team's free text, kept as the note of the answer
 * @param suggestions the levels offered, most likely first
 * @param confidence  how sure the model was of the first suggestion
 * @param tries       how many unclear messages there were so far
 */
public record Clarification(String questionId, String text, List<AnswerLevel> suggestions, double confidence,
        int tries) {

    public Clarification {
        suggestions = List.copyOf(suggestions);
    }

    public Clarification unclearAgain() {
        return new Clarification(questionId, text, suggestions, confidence, tries + 1);
    }
}
