package de.auditbot.channel.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Checks the admin bearer token. Without a configured token the admin endpoints answer 404, so
 * that a default installation exposes nothing beyond one's own conversation.
 */
@Component
class AdminAccess {

    private static final String BEARER = "Bearer ";

    private final byte[] token;

    AdminAccess(AdminProperties properties) {
        this.token = StringUtils.hasText(properties.token())
                ? properties.token().getBytes(StandardCharsets.UTF_8) : null;
    }

    void require(String authorization) {
        if (token == null) {
            throw new ApiRequestException(HttpStatus.NOT_FOUND, "This endpoint is not enabled.");
        }
        boolean valid = authorization != null && authorization.startsWith(BEARER) && MessageDigest.isEqual(token,
                authorization.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8));
        if (!valid) {
            throw new ApiRequestException(HttpStatus.UNAUTHORIZED, "A valid admin token is required.");
        }
    }
}
