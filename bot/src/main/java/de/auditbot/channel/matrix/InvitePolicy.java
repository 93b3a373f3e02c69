package de.auditbot.channel.matrix;

import java.util.List;
import java.util.Locale;

/**
 * Who may invite the bot: users of the allowed servers (by default only the bot's own server),
 * and the users named one by one.
 */
final class InvitePolicy {

    private final List<String> servers;
    private final List<String> users;

    InvitePolicy(MatrixProperties properties) {
        this.servers = (properties.allowedServers().isEmpty() ? List.of(properties.ownServer())
                : properties.allowedServers()).stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toList();
        this.users = properties.allowedUsers().stream().map(String::trim).toList();
    }

    boolean allows(String inviter) {
        if (users.contains(inviter)) {
            return true;
        }
        int colon = inviter.indexOf(':');
        return colon > 0 && servers.contains(inviter.substring(colon + 1).toLowerCase(Locale.ROOT));
    }
}
