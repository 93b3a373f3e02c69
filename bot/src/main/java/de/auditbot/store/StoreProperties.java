package de.auditbot.store;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the store. Most apply to the embedded store, used when no MongoDB URI is configured.
 *
 * @param embedded {@code h2} keeps data in a file under {@code path}; {@code memory} forgets it on exit
 * @param path     the H2 file of the embedded store
 * @param host     the loopback address the embedded server listens on
 * @param port     its port; 0 picks a free one
 * @param timeout  how long a request waits for an unreachable store before it is answered with 503
 */
@ConfigurationProperties("auditbot.store")
public record StoreProperties(
        @DefaultValue("h2") Backend embedded,
        @DefaultValue("./data/auditbot.mv.db") Path path,
        @DefaultValue("127.0.0.1") String host,
        @DefaultValue("0") int port,
        @DefaultValue("5s") Duration timeout) {

    /** Where the embedded server keeps its data. */
    public enum Backend { H2, MEMORY }
}
