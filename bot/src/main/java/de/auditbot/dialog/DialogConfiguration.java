package de.auditbot.dialog;

import de.auditbot.content.ContentProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the dialog texts once at start-up; a broken file stops the start.
 */
@Configuration(proxyBeanMethods = false)
class DialogConfiguration {

    @Bean
    DialogTexts dialogTexts(ContentProperties properties, ResourceLoader resources) {
        return new DialogTextsLoader().load(resources.getResource(properties.folder() + "conversation/"),
                properties.languages());
    }
}
