package de.auditbot;

import de.auditbot.nlp.NlpModelsPreload;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.data.autoconfigure.web.DataWebAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * auditbot: guided self-audits of the OZG Servicestandard in team chats.
 *
 * <p>Left out because nothing uses them, so that a start does not pay for them: Spring Data's web
 * support (paging and sorting arguments; the API has none) and transactions (the bot writes single
 * documents and the embedded store has no sessions).
 */
@SpringBootApplication(exclude = {DataWebAutoConfiguration.class, TransactionAutoConfiguration.class,
        TransactionManagerCustomizationAutoConfiguration.class})
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
