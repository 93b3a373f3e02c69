package de.auditbot.conversation;

import de.auditbot.audit.history.TeamHistory;
import de.auditbot.conversation.flow.TurnContext;
import de.auditbot.nlp.candidates.TrainingCandidates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows a turn once its write has won: confirmed corrections are kept as training
 * candidates, a finished audit run goes into the team's history, and a request to delete the
 * team's data is passed on. A turn that lost the race and runs again does none of it twice.
 */
@Component
class TurnFollowUps {

    private final TrainingCandidates candidates;
    private final TeamHistory history;
    private final ApplicationEventPublisher events;

    TurnFollowUps(TrainingCandidates candidates, TeamHistory history, ApplicationEventPublisher events) {
        this.candidates = candidates;
        this.history = history;
        this.events = events;
    }

    void after(TurnContext ctx) {
        Conversation conversation = ctx.conversation();
        candidates.keep(ctx.candidates());
        ctx.finishedRun().ifPresent(run -> history.record(conversation.teamKey(), conversation.id(), run));
        if (ctx.erasureRequested()) {
            events.publishEvent(new DataErasureRequested(conversation.teamKey(), conversation.id()));
        }
    }
}
