package de.auditbot.channel.matrix;

import de.auditbot.audit.catalog.CatalogRegistry;
import de.auditbot.conversation.ConversationService;
import de.auditbot.dialog.DialogTexts;
import de.auditbot.nlp.AnswerClassifier;
import de.auditbot.nlp.IntentClassifier;
import de.auditbot.store.Leases;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import de.auditbot.report.ReportCharts;
import de.auditbot.report.TeamReportFactory;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.util.StringUtils;

/**
 * Wires the Matrix channel when {@code auditbot.matrix.enabled} is true; otherwise none of it exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("auditbot.matrix.enabled")
class MatrixConfiguration {

    /**
     * Opens the SDK (and its store at {@code auditbot.matrix.store-path}) only when the channel
     * starts, i.e. after this instance has taken the Matrix lease, and afresh after each stop.
     */
    @Bean(destroyMethod = "close")
    RestartableGateway matrixGateway(MatrixProperties properties) {
        require(properties.homeserverUrl(), "auditbot.matrix.homeserver-url");
        require(properties.userId(), "auditbot.matrix.user-id");
        require(properties.accessToken(), "auditbot.matrix.access-token (AUDITBOT_MATRIX_ACCESS_TOKEN)");
        TrixnitySettings settings = new TrixnitySettings(properties.homeserverUrl(), properties.accessToken(),
                properties.storePath(), properties.decryptionTimeout(), properties.syncBackOffLimit(),
                properties.sendBackOffLimit(), java.time.Duration.ofSeconds(30));
        return new RestartableGateway(() -> new TrixnityGateway(settings));
    }

    /** Threads for the rooms' work; unbounded so that no number of slow rooms can starve another. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService matrixRoomExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "matrix-room-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    MatrixChannel matrixChannel(MatrixGateway gateway, ConversationService conversations, DialogTexts texts,
            HandledEventRepository events, ChannelStartRepository starts, MatrixProperties properties,
            ExecutorService matrixRoomExecutor, AnswerClassifier answers, IntentClassifier intents, Clock clock,
            TeamReportFactory reports, ReportCharts charts, CatalogRegistry catalogs, MongoOperations mongo) {
        return new MatrixChannel(gateway, conversations, texts, new HandledEvents(events, starts, mongo, clock), properties,
                new RoomQueues(matrixRoomExecutor), new AnswerRecognizer(answers, intents, catalogs),
                new ResultCharts(reports, charts, texts, gateway));
    }

    @Bean
    RoomDataEraser matrixRoomDataEraser(HandledEventRepository events) {
        return new RoomDataEraser(events);
    }

    @Bean
    MatrixChannelLifecycle matrixChannelLifecycle(MatrixChannel channel, RestartableGateway gateway, Leases leases,
            MatrixLeaseProperties lease, Clock clock) {
        String holderId = StringUtils.hasText(lease.holderId()) ? lease.holderId() : generatedHolderId();
        return new MatrixChannelLifecycle(channel, gateway, new MatrixLease(leases, lease, holderId, clock), clock);
    }

    @Bean
    MatrixHealthIndicator matrixHealthIndicator(MatrixGateway gateway, MatrixChannelLifecycle lifecycle,
            MatrixProperties properties, Clock clock) {
        return new MatrixHealthIndicator(gateway, lifecycle, properties.syncBackOffLimit().multipliedBy(5), clock);
    }

    @Bean
    MatrixLeaseInfoContributor matrixLeaseInfoContributor(MatrixChannelLifecycle lifecycle) {
        return new MatrixLeaseInfoContributor(lifecycle);
    }

    /** Host name plus a random part, so that two instances on one host (or in one test) differ. */
    private static String generatedHolderId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "auditbot";
        }
        return host + "-" + HexFormat.of().toHexDigits(new SecureRandom().nextInt());
    }

    private static void require(String value, String name) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException("The Matrix channel is enabled but " + name + " is not set");
        }
    }
}
