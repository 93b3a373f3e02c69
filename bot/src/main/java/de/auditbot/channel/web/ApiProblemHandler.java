package de.auditbot.channel.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the HTTP interface as an RFC 9457 problem detail. Malformed JSON, wrong media
 * types and unknown paths are handled by Spring's standard mapping; the API's own checks add
 * theirs. Internal failures never show their details to the caller.
 */
@RestControllerAdvice
class ApiProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(ApiRequestException.class)
    ResponseEntity<ProblemDetail> rejected(ApiRequestException e) {
        return problem(e.status(), e.getMessage());
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(DataAccessResourceFailureException e) {
        log.warn("Store unavailable: {}", e.getClass().getSimpleName());
        return problem(HttpStatus.SERVICE_UNAVAILABLE,
                "The conversation store cannot be reached right now. Nothing was changed; please try again shortly.");
    }

    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> tooManyConcurrentUpdates(ConcurrencyFailureException e) {
        log.warn("Gave up on a conversation update after repeated conflicts");
        return problem(HttpStatus.SERVICE_UNAVAILABLE,
                "Too many messages arrived for this conversation at once. Nothing was changed; please send again.");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("Unexpected failure while handling a request", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Nothing was changed.");
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).body(problem);
    }
}
