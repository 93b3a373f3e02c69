package de.auditbot.channel.web;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the small JSON bodies of the API by hand, so that every wrong shape or type gets its own
 * clear message instead of a silent coercion (a number where text belongs is an error).
 */
final class RequestBodies {

    static final int MAX_TEXT = 4_000;
    static final int MAX_SENDER = 100;

    private RequestBodies() {
    }

    /** The required message text: a non-empty string of at most 4,000 characters. */
    static String text(JsonNode body) {
        JsonNode node = object(body).get("text");
        if (node == null || node.isNull()) {
            throw ApiRequestException.badRequest("The field 'text' is required.");
        }
        String text = string(node, "text");
        if (text.isBlank()) {
            throw ApiRequestException.badRequest("The field 'text' must not be empty.");
        }
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            throw ApiRequestException.badRequest("The field 'text' must not be longer than " + MAX_TEXT + " characters.");
        }
        return text;
    }

    /** An optional string field of at most {@code max} characters. */
    static Optional<String> optional(JsonNode body, String field, int max) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            return Optional.empty();
        }
        JsonNode node = object(body).get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        String value = string(node, field).strip();
        if (value.isEmpty() || value.codePointCount(0, value.length()) > max) {
            throw ApiRequestException.badRequest("The field '" + field + "' must be between 1 and " + max + " characters.");
        }
        return Optional.of(value);
    }

    private static JsonNode object(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiRequestException.badRequest("The request body must be a JSON object.");
        }
        return body;
    }

    private static String string(JsonNode node, String field) {
        if (!node.isString()) {
            throw ApiRequestException.badRequest("The field '" + field + "' must be a string.");
        }
        return node.stringValue();
    }
}
