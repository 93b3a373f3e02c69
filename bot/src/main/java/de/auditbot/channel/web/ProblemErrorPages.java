package de.auditbot.channel.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Host;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that do not come from a controller are problem details too: those the servlet container
 * forwards to the error page (a {@code TRACE}, a broken chunked body) replace Spring Boot's own
 * error JSON, and those Tomcat answers itself go through {@link ProblemErrorReportValve}.
 */
@RestController
class ProblemErrorPages implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer number && HttpStatus.resolve(number) != null
                ? HttpStatus.resolve(number) : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = status.is4xxClientError() ? "The request could not be handled: " + status.getReasonPhrase() + "."
                : "Something went wrong on our side. Nothing was changed.";
        return ApiProblemHandler.problem(status, detail);
    }

    @Bean
    static TomcatContextCustomizer problemDetailsForTomcatErrors() {
        return context -> {
            Host host = (Host) context.getParent();
            if (host instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        };
    }
}
