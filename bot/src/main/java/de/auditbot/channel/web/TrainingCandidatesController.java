package de.auditbot.channel.web;

import de.auditbot.nlp.candidates.TrainingCandidates;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports the confirmed answers as training lines ({@code LEVEL<TAB>text}) for review.
 */
@RestController
class TrainingCandidatesController {

    private final TrainingCandidates candidates;

    TrainingCandidatesController(TrainingCandidates candidates) {
        this.candidates = candidates;
    }

    @GetMapping(value = "/api/v1/training-candidates", produces = MediaType.TEXT_PLAIN_VALUE)
    String export() {
        var lines = candidates.exportLines();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
