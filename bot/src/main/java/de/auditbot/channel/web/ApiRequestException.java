package de.auditbot.channel.web;

import org.springframework.http.HttpStatus;

/**
 * A request the API rejects with a 4xx problem detail; the detail is safe to show.
 */
class ApiRequestException extends RuntimeException {

    private final HttpStatus status;

    ApiRequestException(HttpStatus status, String detail) {
        super(detail);
        this.status = status;
    }

    static ApiRequestException badRequest(String detail) {
        return new ApiRequestException(HttpStatus.BAD_REQUEST, detail);
    }

    static ApiRequestException notFound() {
        return new ApiRequestException(HttpStatus.NOT_FOUND, "No conversation with this id.");
    }

    HttpStatus status() {
        return status;
    }
}
