package de.auditbot.channel.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Access to endpoints that show more than one's own conversation.
 *
 * @param token the bearer token they require (from {@code AUDITBOT_ADMIN_TOKEN}); when it is not
 *              set, those endpoints do not exist
 */
@ConfigurationProperties("auditbot.admin")
record AdminProperties(String token) {
}
