package de.auditbot.store;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-installation default: with no MongoDB URI configured, the bot runs a MongoDB-wire
 * server in its own process (mongo-java-server) and talks to it through the real driver over TCP,
 * exactly as it would talk to a real MongoDB.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMongoUriConfigured.class)
class EmbeddedMongoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

    @Bean(destroyMethod = "")
    MongoBackend embeddedMongoBackend(StoreProperties properties) {
        return backend(properties);
    }

    /** Shutting the server down also closes its backend, which writes the H2 file a last time. */
    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(MongoBackend backend, StoreProperties properties) {
        MongoServer server = new MongoServer(backend);
        server.bind(properties.host(), properties.port());
        InetSocketAddress address = server.getLocalAddress();
        log.info("Embedded store ({}) listening on {}:{}", properties.embedded(), address.getHostString(),
                address.getPort());
        return server;
    }

    @Bean
    MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer server,
            @Value("${spring.mongodb.database:auditbot}") String database) {
        InetSocketAddress address = server.getLocalAddress();
        ConnectionString uri = new ConnectionString(
                "mongodb://" + address.getHostString() + ":" + address.getPort() + "/" + database);
        return () -> uri;
    }

    /**
     * The H2 file is otherwise written about once a second in the background, so a killed process
     * would lose the last acknowledged answers. Committing after every write makes each answer
     * durable before the caller hears back.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer embeddedStoreCommitsEveryWrite(MongoBackend backend) {
        return settings -> {
            if (backend instanceof H2Backend h2) {
                settings.addCommandListener(new CommitAfterWrite(new SharedCommit(h2::commit)));
            }
        };
    }

    private static MongoBackend backend(StoreProperties properties) {
        if (properties.embedded() == StoreProperties.Backend.MEMORY) {
            return new MemoryBackend();
        }
        Path file = properties.path().toAbsolutePath();
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory of the embedded store " + file, e);
        }
        log.info("Embedded store keeps its data in {}", file);
        return new H2Backend(file.toString());
    }
}
