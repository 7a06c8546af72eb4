package org.safar.platform.api;

import java.util.Locale;

import org.safar.platform.DomainException;
import org.safar.platform.InvalidFields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem whose {@code title} and {@code detail} are in the client's language
 * ({@code Accept-Language}). Spring's own errors (bad JSON, wrong method) take their texts from the bundles'
 * {@code problemDetail.*} keys; business refusals from their message key, which is also the problem's
 * {@code code}. Invalid fields, from bean validation or {@link InvalidFields}, are listed one by one in
 * {@code errors} as {@code {field, message}}; a parameter of the wrong type is named in {@code parameter}. One
 * handler serves every module's API, so clients read every refusal the same way.
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
        HttpStatus status = HttpStatus.valueOf(refusal.status());
        return ResponseEntity.status(status).body(problem(status, refusal.messageKey(), refusal.arguments()));
    }

    /** A field that was refused, with the reason in the client's language. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalidFields(invalid.getBindingResult()));
    }

    @ExceptionHandler(InvalidFields.class)
    ResponseEntity<Object> invalid(InvalidFields invalid) {
        return ResponseEntity.badRequest().body(invalidFields(invalid.errors()));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException mismatch, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument ? argument.getName()
                : mismatch.getPropertyName();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.parameter.malformed", name);
        problem.setProperty("parameter", name);
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail invalidFields(Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.invalid");
        problem.setProperty("errors", errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale))).toList());
        return problem;
    }

    private ProblemDetail problem(HttpStatus status, String detailKey, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, arguments, locale));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null,
                messages.getMessage("error.generic.title", null, locale), locale));
        problem.setProperty("code", detailKey);
        return problem;
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
