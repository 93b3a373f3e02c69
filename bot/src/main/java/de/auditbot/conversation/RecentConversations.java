package de.auditbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The conversations this instance wrote last, as written, so that the next turn of a conversation
 * can skip reading it from the store. A turn takes its conversation out (no other turn works on
 * the same object) and hands it back only after its write succeeded. An entry may be stale when
 * another instance or another part of the bot wrote the conversation since: the turn's versioned
 * write then fails, and the turn runs again on the stored conversation.
 */
@Component
public final class RecentConversations {

    private final int capacity;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Entry> byId;
    private long hits;
    private long stale;

    private record Entry(Conversation conversation, Instant keptAt) {
    }

    /**
     * @param capacity how many conversations are kept at most; 0 turns the cache off
     * @param maxAge   how long an entry is used; older ones are read from the store again
     */
    RecentConversations(@Value("${auditbot.conversations.cached:128}") int capacity,
            @Value("${auditbot.conversations.cached-for:5m}") Duration maxAge, Clock clock) {
        this.capacity = capacity;
        this.maxAge = maxAge;
        this.clock = clock;
        this.byId = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > RecentConversations.this.capacity;
            }
        };
    }

    /** Takes the conversation out, if this instance wrote it lately; the caller owns it then. */
    synchronized Optional<Conversation> take(String id) {
        Entry entry = byId.remove(id);
        if (entry == null || entry.keptAt().plus(maxAge).isBefore(clock.instant())) {
            return Optional.empty();
        }
        hits++;
        return Optional.of(entry.conversation());
    }

    /** Keeps a conversation just written, unless a newer version of it is kept already. */
    synchronized void keep(Conversation conversation) {
        if (capacity <= 0) {
            return;
        }
        Entry present = byId.get(conversation.id());
        if (present == null || present.conversation().version() < conversation.version()) {
            byId.put(conversation.id(), new Entry(conversation, clock.instant()));
        }
    }

    /** Notes that a conversation taken from here was stale: its write lost against a newer version. */
    synchronized void wasStale() {
        stale++;
    }

    /** Forgets everything, e.g. after conversations were deleted. */
    synchronized void clear() {
        byId.clear();
    }

    /** How many turns started from a kept conversation. */
    public synchronized long hits() {
        return hits;
    }

    /** How many of them found it stale and ran again on the stored one. */
    public synchronized long stale() {
        return stale;
    }
}
