package de.auditbot.channel.web;

import de.auditbot.nlp.candidates.TrainingCandidates;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports the confirmed answers as training lines ({@code LEVEL<TAB>text}) for review. They are
 * teams' own words from every conversation, so the export needs the admin token.
 */
@RestController
class TrainingCandidatesController {

    private final TrainingCandidates candidates;
    private final AdminAccess admin;

    TrainingCandidatesController(TrainingCandidates candidates, AdminAccess admin) {
        this.candidates = candidates;
        this.admin = admin;
    }

    @GetMapping(value = "/api/v1/training-candidates", produces = MediaType.TEXT_PLAIN_VALUE)
    String export(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        admin.require(authorization);
        var lines = candidates.exportLines();
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }
}
