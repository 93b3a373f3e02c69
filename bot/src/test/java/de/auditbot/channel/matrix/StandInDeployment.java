package de.auditbot.channel.matrix;

import de.auditbot.store.StandInStore;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One bot as a deployment runs it, against stand-ins: a stateful homeserver that knows the bot's
 * account, a MongoDB on the embedded server, and the bot's own Trixnity store in the given folder.
 * Started once the bot syncs; closed in the reverse order.
 */
final class StandInDeployment implements AutoCloseable {

    final StandInHomeserver homeserver;
    final StandInStore store;
    final ConfigurableApplicationContext bot;

    private StandInDeployment(StandInHomeserver homeserver, StandInStore store, ConfigurableApplicationContext bot) {
        this.homeserver = homeserver;
        this.store = store;
        this.bot = bot;
    }

    static StandInDeployment start(Path folder, String... extra) throws Exception {
        StandInHomeserver homeserver = new StandInHomeserver();
        StandInStore store = StandInStore.start();
        try {
            homeserver.account(MatrixBot.USER, "BOTDEVICE", MatrixBot.TOKEN);
            return new StandInDeployment(homeserver, store,
                    MatrixBot.start(homeserver, store.uri(), folder.resolve("trixnity"), extra));
        } catch (Exception | AssertionError e) {
            homeserver.close();
            store.close();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            bot.close();
        } finally {
            homeserver.close();
            store.close();
        }
    }
}
