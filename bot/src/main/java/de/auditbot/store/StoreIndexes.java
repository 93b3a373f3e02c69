package de.auditbot.store;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates, at start-up, the indexes behind every query by a field other than the id. Automatic
 * index creation from annotations is off (it would run on first use of an entity and hide
 * failures), so the list is kept here, next to nothing else. Creating an index that exists is a
 * no-op, on a real MongoDB and on the embedded store alike; a store that is down only delays them
 * to the next start and is reported by the health check.
 */
@Component
class StoreIndexes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StoreIndexes.class);

    /** One index: the collection, the fields in order. */
    record Wanted(String collection, List<String> fields) {

        String name() {
            return String.join("_", fields);
        }
    }

    static final List<Wanted> WANTED = List.of(
            // TeamHistory.runs: a team's runs of a catalog, oldest first; DataEraser and RetentionPurge.
            new Wanted("audit_runs", List.of("teamKey", "catalogId", "finishedAt")),
            new Wanted("audit_runs", List.of("conversationId")),
            new Wanted("audit_runs", List.of("finishedAt")),
            // The conversations of a named team (report access, deletion); the retention purge.
            new Wanted("conversations", List.of("teamKey")),
            new Wanted("conversations", List.of("updatedAt")),
            // A conversation's transcript, turn by turn; deleting a team's data; the retention purge.
            new Wanted("transcripts", List.of("conversationId", "version")),
            new Wanted("transcripts", List.of("at")),
            // Deleting a team's candidates; the retention purge.
            new Wanted("trainingCandidates", List.of("conversationId")),
            new Wanted("trainingCandidates", List.of("at")),
            // Deleting a Matrix room's data removes the record of the events handled in it; the retention purge.
            new Wanted("matrixHandledEvents", List.of("roomId")),
            new Wanted("matrixHandledEvents", List.of("at")),
            // The messages taken on but not yet answered, which a new holder of the Matrix channel answers.
            new Wanted("matrixHandledEvents", List.of("waiting")));

    private final MongoTemplate mongo;

    StoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            create();
        } catch (RuntimeException e) {
            log.warn("Could not create the store's indexes, queries will be slower until the next start: {}",
                    e.toString());
        }
    }

    void create() {
        for (Wanted wanted : WANTED) {
            Index index = new Index().named(wanted.name());
            wanted.fields().forEach(field -> index.on(field, Sort.Direction.ASC));
            mongo.indexOps(wanted.collection()).createIndex(index);
        }
        log.info("Store indexes in place: {}", WANTED.size());
    }
}
