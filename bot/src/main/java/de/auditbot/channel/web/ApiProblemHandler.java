package de.auditbot.channel.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
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

    /** A query string with broken percent-encoding ({@code ?format=%zz}) is the caller's mistake. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ProblemDetail> undecodableParameters(InvalidParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "The query string could not be decoded: it is not valid percent-encoded UTF-8.");
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

    /**
     * Spring's own problems get the problem media type set up front too, so that an Accept header
     * that is unparseable or asks for something else cannot leave an error without its body.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        HttpHeaders withType = new HttpHeaders();
        withType.putAll(headers);
        if (body instanceof ProblemDetail) {
            withType.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.createResponseEntity(body, withType, statusCode, request);
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
