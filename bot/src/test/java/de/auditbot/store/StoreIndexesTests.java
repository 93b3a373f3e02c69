package de.auditbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.ActiveProfiles;

/**
 * The indexes behind the store's queries exist after start-up, and creating them again changes
 * nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class StoreIndexesTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreIndexes indexes;

    @Test
    void everyQueriedFieldHasItsIndexAfterStartUp() {
        assertThat(fieldsOfIndexes("audit_runs")).contains(List.of("teamKey", "catalogId", "finishedAt"),
                List.of("conversationId"), List.of("finishedAt"));
        assertThat(fieldsOfIndexes("conversations")).contains(List.of("teamKey"), List.of("updatedAt"));
        assertThat(fieldsOfIndexes("trainingCandidates")).contains(List.of("conversationId"), List.of("at"));
        assertThat(fieldsOfIndexes("matrixHandledEvents")).contains(List.of("roomId"), List.of("at"), List.of("waiting"));
    }

    @Test
    void creatingThemAgainIsHarmless() {
        int before = mongo.indexOps("audit_runs").getIndexInfo().size();
        indexes.create();
        indexes.create();
        assertThat(mongo.indexOps("audit_runs").getIndexInfo()).hasSize(before);
    }

    private List<List<String>> fieldsOfIndexes(String collection) {
        return mongo.indexOps(collection).getIndexInfo().stream()
                .map(IndexInfo::getIndexFields)
                .map(fields -> fields.stream().map(IndexField::getKey).toList())
                .toList();
    }
}
