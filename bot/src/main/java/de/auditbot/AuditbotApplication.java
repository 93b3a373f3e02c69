package de.auditbot;

import de.auditbot.nlp.NlpModelsPreload;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * auditbot: guided self-audits of the OZG Servicestandard in team chats.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuditbotApplication {

    public static void main(String[] args) {
        // Reading the language models takes most of a second: on another core while Spring starts.
        NlpModelsPreload.start();
        SpringApplication.run(AuditbotApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
