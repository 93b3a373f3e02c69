package de.auditbot.channel.matrix;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A test class whose tests all run against one {@link StandInDeployment}: started before the
 * class's first test (a subclass's own set-up runs after it) and closed after its last (a
 * subclass's own tear-down runs before). Test classes run one after another, so the fields are
 * those of the class that runs.
 */
abstract class AgainstOneDeployment {

    static StandInDeployment deployment;
    static StandInHomeserver homeserver;
    static ConfigurableApplicationContext bot;

    @BeforeAll
    static void startDeployment(@TempDir Path folder) throws Exception {
        deployment = StandInDeployment.start(folder);
        homeserver = deployment.homeserver;
        bot = deployment.bot;
    }

    @AfterAll
    static void closeDeployment() {
        if (deployment != null) {
            deployment.close();
            deployment = null;
        }
    }
}
