package de.auditbot.content;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the content lives and which of it to use.
 *
 * @param location       folder with one sub-folder per catalog and {@code conversation/} for dialog texts
 * @param defaultCatalog the catalog new conversations audit against
 * @param languages      the languages the bot speaks, default first
 */
@ConfigurationProperties("auditbot.content")
public record ContentProperties(
        @DefaultValue("classpath:/dialogs/") String location,
        @DefaultValue("ozg-servicestandard") String defaultCatalog,
        @DefaultValue({"de", "en"}) List<String> languages) {

    /** The location as a folder, ending with a slash. */
    public String folder() {
        return location.endsWith("/") ? location : location + "/";
    }
}
