package de.auditbot.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the store holds, in numbers: documents per collection, and the version of one document.
 * Two snapshots that are equal mean that a request stored nothing.
 */
public final class StoreCounts {

    public static final List<String> COLLECTIONS = List.of(
            "conversations", "audit_runs", "trainingCandidates", "matrixHandledEvents");

    private final MongoTemplate mongo;

    public StoreCounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Document counts per collection, plus the version of the given conversation (store id) if any. */
    public Map<String, Object> snapshot(String conversationStoreId) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            counts.put(collection, mongo.count(new Query(), collection));
        }
        if (conversationStoreId != null) {
            Query query = new Query(Criteria.where("_id").is(conversationStoreId));
            query.fields().include("version").include("updatedAt");
            Document document = mongo.findOne(query, Document.class, "conversations");
            counts.put("version of " + conversationStoreId, document == null ? null : document.toJson());
        }
        return counts;
    }
}
