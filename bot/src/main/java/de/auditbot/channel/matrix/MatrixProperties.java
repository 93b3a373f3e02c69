package de.auditbot.channel.matrix;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Matrix channel ({@code auditbot.matrix.*}). The access token comes from the
 * environment ({@code AUDITBOT_MATRIX_ACCESS_TOKEN}) by relaxed binding, never from a file in the
 * repository.
 *
 * @param enabled           the channel runs only when true
 * @param homeserverUrl     the client-server API base URL, e.g. {@code https://matrix.example.org}
 * @param userId            the bot's Matrix user, e.g. {@code @auditbot:example.org}
 * @param accessToken       the bot's access token; it is bound to one device, keep it with the store
 * @param allowedServers    servers whose users may invite the bot; empty means the bot's own server
 * @param allowedUsers      users who may invite the bot even from another server
 * @param commandPrefix     what starts a message for the bot in a group room
 * @param storePath         the H2 file (without {@code .mv.db}) of the SDK's state: sync token, keys
 * @param decryptionTimeout how long to wait for the key of an encrypted message
 * @param syncBackOffLimit  the longest pause between sync attempts after errors
 * @param sendBackOffLimit  the longest pause before a failed send is tried again
 */
@ConfigurationProperties("auditbot.matrix")
public record MatrixProperties(
        @DefaultValue("false") boolean enabled,
        String homeserverUrl,
        String userId,
        String accessToken,
        @DefaultValue List<String> allowedServers,
        @DefaultValue List<String> allowedUsers,
        @DefaultValue("!audit") String commandPrefix,
        @DefaultValue("./data/matrix/trixnity") Path storePath,
        @DefaultValue("10s") Duration decryptionTimeout,
        @DefaultValue("60s") Duration syncBackOffLimit,
        @DefaultValue("60s") Duration sendBackOffLimit) {

    /** The server part of the bot's user id. */
    public String ownServer() {
        return userId == null ? "" : userId.substring(userId.indexOf(':') + 1);
    }
}
