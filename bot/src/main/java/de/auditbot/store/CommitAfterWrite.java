package de.auditbot.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.util.Set;

/**
 * Commits the embedded H2 store after each successful write command, in the driver's thread,
 * before the write returns to the caller.
 */
final class CommitAfterWrite implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify",
            "findandmodify", "createIndexes", "drop", "dropDatabase", "create");

    private final H2Backend backend;

    CommitAfterWrite(H2Backend backend) {
        this.backend = backend;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (WRITES.contains(event.getCommandName())) {
            backend.commit();
        }
    }
}
