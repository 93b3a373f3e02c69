package de.auditbot.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB stand-in for tests that start whole bots: the embedded server on its in-memory
 * backend, listening on a free local port, reached through the real driver like a deployment's
 * MongoDB. Several bots given its {@link #uri()} share one store.
 */
public final class StandInStore implements AutoCloseable {

    private final MongoServer server;

    private StandInStore(MongoServer server) {
        this.server = server;
    }

    public static StandInStore start() {
        MongoServer server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        return new StandInStore(server);
    }

    /** The connection string of the bot's database on this store. */
    public String uri() {
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort() + "/auditbot";
    }

    /** As {@link #uri()}, with driver options such as {@code serverSelectionTimeoutMS=1500}. */
    public String uri(String options) {
        return uri() + "?" + options;
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
