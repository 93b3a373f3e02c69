package de.auditbot.content;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a broken content file into one clear start-up message instead of a stack trace.
 */
class ContentFailureAnalyzer extends AbstractFailureAnalyzer<ContentException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ContentException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Fix " + cause.file() + " and start again. Catalogs and dialog texts live in dialogs/.", cause);
    }
}
