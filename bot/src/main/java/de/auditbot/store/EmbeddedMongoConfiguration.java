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

    @Bean(destroyMethod = "shutdown")
    MongoServer embeddedMongoServer(StoreProperties properties) {
        MongoServer server = new MongoServer(backend(properties));
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
