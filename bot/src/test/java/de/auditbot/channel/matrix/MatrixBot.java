package de.auditbot.channel.matrix;

import de.auditbot.AuditbotApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts and stops the whole bot with its Matrix channel pointed at a stand-in homeserver, as a
 * deployment would run it: its own Trixnity store file, MongoDB at the given URI.
 */
final class MatrixBot {

    static final String USER = "@auditbot:localhost";
    static final String TOKEN = "bot-token";

    private MatrixBot() {
    }

    static ConfigurableApplicationContext start(StandInHomeserver homeserver, String mongoUri, Path store,
            String... extra) {
        ConfigurableApplicationContext context = startWithout(homeserver.url(), mongoUri, store, extra);
        eventually("the bot syncs", 90_000, () -> homeserver.count("GET", ".*/sync") > 1);
        return context;
    }

    /** Starts the bot without waiting for its homeserver, which may not be there yet. */
    static ConfigurableApplicationContext startWithout(String homeserverUrl, String mongoUri, Path store,
            String... extra) {
        return startWithout(new Class<?>[0], homeserverUrl, mongoUri, store, extra);
    }

    /** As {@link #startWithout(String, String, Path, String...)}, with test configuration added to the bot's. */
    static ConfigurableApplicationContext startWithout(Class<?>[] sources, String homeserverUrl, String mongoUri,
            Path store, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.mongodb.uri=" + mongoUri,
                "--auditbot.matrix.enabled=true",
                "--auditbot.matrix.homeserver-url=" + homeserverUrl,
                "--auditbot.matrix.user-id=" + USER,
                "--auditbot.matrix.access-token=" + TOKEN,
                "--auditbot.matrix.store-path=" + store,
                "--auditbot.matrix.decryption-timeout=5s",
                "--auditbot.matrix.sync-back-off-limit=1s",
                "--auditbot.matrix.send-back-off-limit=1s"));
        args.addAll(List.of(extra));
        List<Class<?>> all = new ArrayList<>(List.of(AuditbotApplication.class));
        all.addAll(List.of(sources));
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).profiles("test").run(args.toArray(String[]::new));
    }

    static void eventually(String what, long millis, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
