package de.auditbot.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandSucceededEvent;
import de.auditbot.store.SharedCommit;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.LoggerFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An embedded store like the bot's (mongo-java-server on an H2 file, reached through the driver
 * over TCP) in the benchmark's own process, for the bare store operation at saturation: it shows
 * what the store alone can do, with a commit after every write, without the bot around it.
 */
final class EmbeddedBareStore implements AutoCloseable {

    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findAndModify");

    /** How the bare store makes a write durable before it is acknowledged. */
    enum Commits {
        /** Every write commits the H2 file itself. */
        EACH_WRITE,
        /** Writers that finish together share one commit ({@link SharedCommit}). */
        SHARED
    }

    private final H2Backend backend;
    private final MongoServer server;
    private final BareStore store;
    private final SharedCommit shared;
    private final AtomicLong commitsOfEachWrite = new AtomicLong();

    EmbeddedBareStore(Path file, Commits commits) {
        quiet("de.bwaldvogel.mongo");
        quiet("org.mongodb.driver");
        this.backend = new H2Backend(file.toString());
        this.server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        this.shared = commits == Commits.SHARED ? new SharedCommit(backend::commit) : null;
        Runnable commit = shared != null ? shared::commitCovering : () -> {
            backend.commit();
            commitsOfEachWrite.incrementAndGet();
        };
        CommandListener afterWrite = new CommandListener() {
            @Override
            public void commandSucceeded(CommandSucceededEvent event) {
                if (WRITES.contains(event.getCommandName())) {
                    commit.run();
                }
            }
        };
        MongoClientSettings settings = MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":"
                        + address.getPort()))
                .addCommandListener(afterWrite)
                .build();
        this.store = new BareStore(MongoClients.create(settings), "auditbot");
    }

    /** The server logs every connection; the benchmark's output is its figures. */
    private static void quiet(String logger) {
        if (LoggerFactory.getLogger(logger) instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    /** How many commits the writes caused. */
    long commits() {
        return shared != null ? shared.commits() : commitsOfEachWrite.get();
    }

    BareStore store() {
        return store;
    }

    @Override
    public void close() {
        store.close();
        server.shutdown();
    }
}
