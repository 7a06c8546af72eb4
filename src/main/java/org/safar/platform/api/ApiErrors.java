package org.safar.platform.api;

import java.util.Locale;

import org.safar.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem whose {@code title} and {@code detail} are in the client's language
 * ({@code Accept-Language}). Spring's own errors (bad JSON, wrong method, invalid fields) take their texts from
 * the bundles' {@code problemDetail.*} keys; business refusals from their message key.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiErrors extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null,
                messages.getMessage("error.generic.title", null, locale), locale));
        problem.setProperty("code", refusal.messageKey());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        log.error("Unexpected API failure", failure);
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                messages.getMessage("error.500.detail", null, locale));
        problem.setTitle(messages.getMessage("error.500.title", null, locale));
        return ResponseEntity.internalServerError().body(problem);
    }
}
