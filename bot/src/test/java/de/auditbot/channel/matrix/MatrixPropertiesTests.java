package de.auditbot.channel.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The Matrix settings as an operator gives them: environment variables, the token among them.
 */
class MatrixPropertiesTests {

    @Test
    void theSettingsAndTheTokenComeFromTheEnvironment() {
        StandardEnvironment environment = new StandardEnvironment();
        String name = StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME;
        environment.getPropertySources().replace(name, new SystemEnvironmentPropertySource(name, Map.of(
                "AUDITBOT_MATRIX_ENABLED", "true",
                "AUDITBOT_MATRIX_HOMESERVERURL", "https://matrix.example.org",
                "AUDITBOT_MATRIX_USERID", "@auditbot:example.org",
                "AUDITBOT_MATRIX_ACCESS_TOKEN", "secret",
                "AUDITBOT_MATRIX_ALLOWEDSERVERS", "example.org, partner.example")));
        ConfigurationPropertySources.attach(environment);

        MatrixProperties properties = Binder.get(environment).bind("auditbot.matrix", MatrixProperties.class).get();

        assertThat(properties.enabled()).isTrue();
        assertThat(properties.homeserverUrl()).isEqualTo("https://matrix.example.org");
        assertThat(properties.accessToken()).isEqualTo("secret");
        assertThat(properties.allowedServers()).containsExactly("example.org", "partner.example");
        assertThat(properties.commandPrefix()).isEqualTo("!audit");
        assertThat(properties.decryptionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(properties.ownServer()).isEqualTo("example.org");
    }
}
