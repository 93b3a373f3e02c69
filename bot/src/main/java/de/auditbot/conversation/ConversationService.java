package de.auditbot.conversation;

import de.auditbot.audit.catalog.Catalog;
import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.flow.DialogFlow;
import de.auditbot.conversation.flow.TurnContext;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.Intent;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The one entry point of the conversation core. A channel hands in a message and gets replies;
 * each turn loads the conversation, runs the dialog and writes the conversation back in one
 * version-checked write. When two messages of one conversation race, the loser runs again on
 * the winner's state, so no answer is lost.
 */
@Service
public class ConversationService {

    private static final Logger log = LoggerFactory.getLogger(ConversationService.class);
    private static final int MAX_ATTEMPTS = 20;

    private final ConversationRepository repository;
    private final CatalogRegistry catalogs;
    private final DialogTexts texts;
    private final MessageReader reader;
    private final DialogFlow flow;
    private final ResultViewFactory results;
    private final Transcripts transcripts;
    private final TurnRecorder recorder;
    private final TurnFollowUps followUps;
    private final Clock clock;

    ConversationService(ConversationRepository repository, CatalogRegistry catalogs, DialogTexts texts,
            MessageReader reader, DialogFlow flow, ResultViewFactory results,
            Transcripts transcripts, TurnRecorder recorder, TurnFollowUps followUps, Clock clock) {
        this.repository = repository;
        this.catalogs = catalogs;
        this.texts = texts;
        this.reader = reader;
        this.flow = flow;
        this.results = results;
        this.transcripts = transcripts;
        this.recorder = recorder;
        this.followUps = followUps;
        this.clock = clock;
    }

    /**
     * Opens a new conversation and greets it.
     *
     * @param language a language the bot speaks, or null for the default
     */
    public Turn start(ConversationKey key, String senderId, String language) {
        return start(key, senderId, language, null);
    }

    /**
     * Opens a new conversation of a named team, so that it shares the team's history.
     *
     * @param teamKey the team's key, or null for a conversation that is its own team
     */
    public Turn start(ConversationKey key, String senderId, String language, String teamKey) {
        String chosen = language != null && texts.supports(language) ? language : texts.defaultLanguage();
        Conversation conversation = new Conversation(key, chosen, catalogs.defaultCatalog().id(), clock.instant());
        conversation.teamKey(teamKey);
        TurnContext ctx = context(conversation, senderId, null, null);
        flow.open(ctx);
        return recorder.record(ctx, List.of(), null, () -> repository.insert(conversation));
    }

    /** Handles a message, opening the conversation first if it does not exist yet. */
    public Turn handle(InboundMessage message) {
        return turn(message, true).orElseThrow();
    }

    /** Handles a message of an existing conversation; empty when there is no such conversation. */
    public Optional<Turn> handleExisting(InboundMessage message) {
        return turn(message, false);
    }

    public Optional<Conversation> find(ConversationKey key) {
        return repository.findById(key.storeId());
    }

    /** What was said in a conversation, oldest first (its latest turns only, when it is very long). */
    public List<TranscriptEntry> transcript(ConversationKey key) {
        return transcripts.of(key.storeId());
    }

    /** The result of a conversation's audit so far; empty before the first answer. */
    public Optional<ResultView> result(ConversationKey key) {
        return find(key).flatMap(c -> c.audit().filter(a -> a.hasAnswers()).map(audit -> {
            Catalog catalog = catalogs.get(c.catalogId());
            String language = catalog.languages().contains(c.language()) ? c.language() : catalog.languages().get(0);
            return results.create(catalog, audit, language, texts.messages(c.language()));
        }));
    }

    public Progress progress(Conversation conversation) {
        return recorder.progress(conversation);
    }

    private Optional<Turn> turn(InboundMessage message, boolean create) {
        for (int attempt = 1; ; attempt++) {
            Optional<Conversation> stored = find(message.key());
            if (stored.isEmpty() && !create) {
                return Optional.empty();
            }
            if (stored.isPresent() && stored.get().handled(message.eventId())) {
                return Optional.of(recorder.repeat(stored.get(), message.eventId()));
            }
            Conversation conversation = stored.orElseGet(() -> new Conversation(message.key(),
                    texts.defaultLanguage(), catalogs.defaultCatalog().id(), clock.instant()));
            conversation.handling(message.eventId());
            MessageReader.Reading reading = reader.read(conversation, message.text());
            TurnContext ctx = context(conversation, message.senderId(), message.text(), reading.intent(),
                    reading.answer());
            TranscriptEntry said = TranscriptEntry.user(message.senderId(), message.text(), clock.instant());
            if (stored.isEmpty()) {
                flow.open(ctx);
            } else {
                flow.respond(ctx);
            }
            try {
                Turn turn = recorder.record(ctx, List.of(said), message.eventId(), () -> repository.save(conversation));
                followUps.after(ctx);
                return Optional.of(turn);
            } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
                if (attempt >= MAX_ATTEMPTS) {
                    throw e;
                }
                log.debug("Concurrent update of conversation {}, attempt {}", conversation.id(), attempt);
                backOff(attempt);
            }
        }
    }

    private TurnContext context(Conversation conversation, String senderId, String text, Intent intent) {
        return context(conversation, senderId, text, intent, Optional.empty());
    }

    private TurnContext context(Conversation conversation, String senderId, String text, Intent intent,
            Optional<AnswerClassification> answer) {
        return new TurnContext(conversation, catalogs.get(conversation.catalogId()), texts, senderId, text,
                intent == null ? Intent.answer() : intent, answer, clock.instant());
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(50, attempt * 2L) + (long) (Math.random() * 5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying a conversation update", e);
        }
    }
}
