package de.auditbot.store;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import java.util.Set;

/**
 * Commits the embedded H2 store after each successful write command, in the driver's thread,
 * before the write returns to the caller. Writes that finish at the same moment share one
 * commit ({@link SharedCommit}).
 */
final class CommitAfterWrite implements CommandListener {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify",
            "findandmodify", "createIndexes", "drop", "dropDatabase", "create");

    private final SharedCommit commits;

    CommitAfterWrite(SharedCommit commits) {
        this.commits = commits;
    }

    @Override
    public void commandSucceeded(CommandSucceededEvent event) {
        if (WRITES.contains(event.getCommandName())) {
            commits.commitCovering();
        }
    }
}
