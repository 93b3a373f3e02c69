package de.auditbot.conversation.flow;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import de.auditbot.conversation.Conversation;
import de.auditbot.conversation.ResultView;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.dialog.Messages;
import de.auditbot.dialog.Phrases;
import de.auditbot.nlp.AnswerClassification;
import de.auditbot.nlp.Intent;
import de.auditbot.nlp.candidates.TrainingCandidate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One turn of a conversation: the message as understood, the conversation it changes, and the
 * replies collected so far.
 */
public final class TurnContext {

    private final Conversation conversation;
    private Catalog catalog;
    private final DialogTexts texts;
    private final String senderId;
    private final String text;
    private final Intent intent;
    private final Optional<AnswerClassification> answer;
    private final Instant now;
    private final List<Said> replies = new ArrayList<>();
    private final List<TrainingCandidate> candidates = new ArrayList<>();
    private Audit finishedRun;
    private boolean eraseTeamData;

    public TurnContext(Conversation conversation, Catalog catalog, DialogTexts texts, String senderId, String text,
            Intent intent, Optional<AnswerClassification> answer, Instant now) {
        this.conversation = conversation;
        this.catalog = catalog;
        this.texts = texts;
        this.senderId = senderId;
        this.text = text;
        this.intent = intent;
        this.answer = answer;
        this.now = now;
    }

    public Conversation conversation() {
        return conversation;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Switches the conversation to another catalog, e.g. chosen in the menu. */
    public void useCatalog(Catalog chosen) {
        this.catalog = chosen;
        conversation.catalogId(chosen.id());
    }

    /** The running audit; only call where the state guarantees one. */
    public Audit audit() {
        return conversation.audit().orElseThrow(() -> new IllegalStateException("No audit in " + conversation.id()));
    }

    public Messages messages() {
        return texts.messages(conversation.language());
    }

    /** The phrases the bot understands in the conversation's language. */
    public Phrases phrases() {
        return texts.phrases(conversation.language());
    }

    /** The language to show catalog texts in: the conversation's, if the catalog has it. */
    public String catalogLanguage() {
        String language = conversation.language();
        return catalog.languages().contains(language) ? language : catalog.languages().get(0);
    }

    public String senderId() {
        return senderId;
    }

    public String text() {
        return text;
    }

    public Intent intent() {
        return intent;
    }

    public Optional<AnswerClassification> answer() {
        return answer;
    }

    public Instant now() {
        return now;
    }

    /** Adds a reply. */
    public void say(String text, List<String> quickReplies) {
        replies.add(new Said(text, quickReplies, null));
    }

    /** Adds a reply that presents a result. */
    public void sayResult(String text, List<String> quickReplies, ResultView result) {
        replies.add(new Said(text, quickReplies, result));
    }

    /** Adds a reply from a message key. */
    public void say(String key, Map<String, ?> values, List<String> quickReplies) {
        say(messages().format(key, values), quickReplies);
    }

    /** Keeps a confirmed answer as a training candidate, written with the turn. */
    public void learn(TrainingCandidate candidate) {
        candidates.add(candidate);
    }

    /** Marks the audit as finished in this turn; it goes into the team history with the turn. */
    public void finished(Audit audit) {
        this.finishedRun = audit;
    }

    public Optional<Audit> finishedRun() {
        return Optional.ofNullable(finishedRun);
    }

    /** Asks for everything stored for the team to be deleted once the turn is written. */
    public void eraseTeamData() {
        this.eraseTeamData = true;
    }

    public boolean erasureRequested() {
        return eraseTeamData;
    }

    public List<TrainingCandidate> candidates() {
        return List.copyOf(candidates);
    }

    public List<Said> replies() {
        return List.copyOf(replies);
    }

    /** A reply before progress is attached to it. */
    public record Said(String text, List<String> quickReplies, ResultView result) {
    }
}
