package de.auditbot.conversation;

import de.auditbot.audit.Audit;
import de.auditbot.audit.catalog.Catalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The state of one conversation, kept in MongoDB as one document so that every turn is a single
 * atomic, version-checked write. Nothing about a conversation lives only in memory. What was said
 * is kept apart, turn by turn, in {@link Transcripts}, so that this document stays small.
 */
@Document("conversations")
public class Conversation {

    /** How many handled message ids a conversation remembers; a channel redelivers only recent ones. */
    static final int RECENT_MESSAGES = 20;

    @Id
    private String id;
    @Version
    private Long version;
    private String channel;
    private String channelId;
    /** The team whose history this conversation adds to; null means the conversation itself. */
    private String teamKey;
    private String language;
    private ConversationState state = ConversationState.MENU;
    private ConversationState returnState;
    private String catalogId;
    private Audit audit;
    private Clarification clarification;
    /** The quick replies of the bot's last message. */
    private List<String> offered = new ArrayList<>();
    /** The channel's ids of the latest messages handled, to know a message delivered again. */
    private List<String> recentMessages = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;

    /** For the object mapper. */
    protected Conversation() {
    }

    Conversation(ConversationKey key, String language, String catalogId, Instant now) {
        this.id = key.storeId();
        this.channel = key.channel();
        this.channelId = key.id();
        this.language = language;
        this.catalogId = catalogId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public ConversationKey key() {
        return new ConversationKey(channel, channelId);
    }

    /**
     * The team whose history this conversation reads and adds to: a named team shared by several
     * conversations, or else the conversation itself (a Matrix room is its own team).
     */
    public String teamKey() {
        return teamKey == null ? id : teamKey;
    }

    void teamKey(String teamKey) {
        this.teamKey = teamKey;
    }

    public String language() {
        return language;
    }

    public void language(String language) {
        this.language = language;
    }

    public ConversationState state() {
        return state;
    }

    public void state(ConversationState state) {
        this.state = state;
    }

    /** Leaves the current state for a pause or a confirmation, remembering where to come back. */
    public void interrupt(ConversationState interruption) {
        if (state != ConversationState.PAUSED && state != ConversationState.CONFIRM
                && state != ConversationState.CONFIRM_DELETE) {
            returnState = state;
        }
        state = interruption;
    }

    /** Goes back to the state before a pause or confirmation. */
    public void returnFromInterruption() {
        state = returnState == null ? ConversationState.MENU : returnState;
        returnState = null;
    }

    public String catalogId() {
        return catalogId;
    }

    public void catalogId(String catalogId) {
        this.catalogId = catalogId;
    }

    public Optional<Audit> audit() {
        return Optional.ofNullable(audit);
    }

    public void audit(Audit audit) {
        this.audit = audit;
    }

    /** The check question the audit waits for, in this conversation's language where the catalog has it. */
    public Optional<String> pendingQuestion(Catalog catalog) {
        String in = catalog.languages().contains(language) ? language : catalog.languages().get(0);
        return audit().flatMap(Audit::pending).flatMap(catalog::question).map(q -> q.text().in(in));
    }

    /** The answer being clarified, if the bot asked back on the pending question. */
    public Optional<Clarification> clarification() {
        return Optional.ofNullable(clarification);
    }

    public void clarification(Clarification clarification) {
        this.clarification = clarification;
    }

    /** The quick replies of the bot's last message, the choices a team may answer with by number. */
    public List<String> offered() {
        return offered == null ? List.of() : List.copyOf(offered);
    }

    /** Notes a turn: when it was answered and the quick replies its last message offered. */
    void turnTaken(Instant at, List<String> offered) {
        this.offered = new ArrayList<>(offered);
        this.updatedAt = at;
    }

    /** Whether the message with this channel id has been handled already. */
    boolean handled(String messageId) {
        return messageId != null && recentMessages != null && recentMessages.contains(messageId);
    }

    /** Remembers the channel id of the message being handled (the latest {@value #RECENT_MESSAGES}). */
    void handling(String messageId) {
        if (messageId == null) {
            return;
        }
        if (recentMessages == null) {
            recentMessages = new ArrayList<>();
        }
        recentMessages.add(messageId);
        if (recentMessages.size() > RECENT_MESSAGES) {
            recentMessages.subList(0, recentMessages.size() - RECENT_MESSAGES).clear();
        }
    }

    /** The version of the stored document this object was read from or last written as. */
    long version() {
        return version == null ? 0 : version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
