package de.auditbot.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The store operation a turn cannot do without, measured on its own: one find and one replace of
 * a conversation document through the MongoDB driver, against the same store the bot uses. The
 * documents are the conversations the audits left behind, cut back to the size they had at each
 * turn, and written to a collection of their own, which is dropped afterwards.
 */
final class BareStore implements AutoCloseable {

    static final String COLLECTION = "benchmark_bare_store";

    private final MongoClient client;
    private final MongoCollection<Document> conversations;
    private final MongoCollection<Document> probe;

    BareStore(String connectionString, String database) {
        this(MongoClients.create(connectionString), database);
    }

    /** Over a client of its own, which {@link #close} closes. */
    BareStore(MongoClient client, String database) {
        this.client = client;
        this.conversations = client.getDatabase(database).getCollection("conversations");
        this.probe = client.getDatabase(database).getCollection(COLLECTION);
    }

    /** The stored document of a web conversation, as the bot wrote it last. */
    Document conversation(String webId) {
        Document document = conversations.find(Filters.eq("_id", "web:" + webId)).first();
        if (document == null) {
            throw new IllegalStateException("conversation " + webId + " is not in the store");
        }
        return document;
    }

    /**
     * Replays the growth of one conversation: for each of {@code turns} steps, finds the probe
     * document and replaces it with the conversation as large as it was after that many turns.
     */
    void replay(String probeId, Document finished, int turns, PacedLoad.Pace pace, Latencies latencies) {
        for (int turn = 1; turn <= turns; turn++) {
            Document document = cutBack(finished, probeId, (double) turn / turns);
            long due = pace.next();
            probe.find(Filters.eq("_id", probeId)).first();
            probe.replaceOne(Filters.eq("_id", probeId), document, new ReplaceOptions().upsert(true));
            latencies.add(System.nanoTime() - due);
        }
    }

    /** A copy with the answers cut to the given share of their length. */
    private static Document cutBack(Document finished, String id, double share) {
        Document copy = new Document(finished);
        copy.put("_id", id);
        Document audit = finished.get("audit", Document.class);
        if (audit != null) {
            Document auditCopy = new Document(audit);
            auditCopy.put("answers", head(audit.getList("answers", Document.class), share));
            copy.put("audit", auditCopy);
        }
        return copy;
    }

    private static List<Document> head(List<Document> list, double share) {
        if (list == null) {
            return List.of();
        }
        return new ArrayList<>(list.subList(0, (int) Math.ceil(list.size() * share)));
    }

    @Override
    public void close() {
        probe.drop();
        client.close();
    }
}
