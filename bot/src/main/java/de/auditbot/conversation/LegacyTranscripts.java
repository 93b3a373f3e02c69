package de.auditbot.conversation;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Moves the transcripts that earlier versions kept inside the conversation document into the
 * transcripts collection, once, at start-up and before any channel opens; afterwards the next
 * write of such a conversation would drop them. Each move is repeatable: the transcript is copied
 * under a fixed id first and taken out of the conversation second.
 */
@Component
class LegacyTranscripts implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(LegacyTranscripts.class);
    static final String LEGACY_FIELD = "transcript";

    private final MongoTemplate mongo;

    LegacyTranscripts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try {
            int moved = move();
            if (moved > 0) {
                log.info("Moved the transcripts of {} conversations into their own collection", moved);
            }
        } catch (RuntimeException e) {
            log.warn("Could not look for transcripts kept the old way; they stay until the next start: {}", e.toString());
        }
    }

    int move() {
        Query old = Query.query(Criteria.where(LEGACY_FIELD).exists(true));
        old.fields().include(LEGACY_FIELD).include("updatedAt");
        int moved = 0;
        for (Document conversation : mongo.find(old, Document.class, "conversations")) {
            String id = conversation.getString("_id");
            List<Document> entries = conversation.getList(LEGACY_FIELD, Document.class, List.of());
            Document turn = new Document("_id", id + ":legacy").append("conversationId", id).append("version", -1L)
                    .append("at", conversation.get("updatedAt")).append("entries", entries);
            mongo.getCollection("transcripts").replaceOne(Filters.eq("_id", turn.get("_id")), turn,
                    new ReplaceOptions().upsert(true));
            mongo.getCollection("conversations").updateOne(Filters.eq("_id", id), Updates.unset(LEGACY_FIELD));
            moved++;
        }
        return moved;
    }
}
