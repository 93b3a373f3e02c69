package de.auditbot.store;

import java.util.concurrent.TimeUnit;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fails fast when the store is down: the driver's default waits 30 s for a server, longer than
 * any person or health check waits. With this, a request gets a 503 within the set timeout.
 */
@Configuration(proxyBeanMethods = false)
class StoreTimeoutConfiguration {

    @Bean
    MongoClientSettingsBuilderCustomizer storeTimeouts(StoreProperties properties) {
        long millis = properties.timeout().toMillis();
        return settings -> settings
                .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(millis, TimeUnit.MILLISECONDS))
                .applyToSocketSettings(socket -> socket.connectTimeout((int) millis, TimeUnit.MILLISECONDS));
    }
}
