package org.safar.mobility.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Invalid fields of the module's API listed one by one, in the client's language; a malformed body named. */
@RestControllerAdvice(assignableTypes = { AgencyApi.class, VacancyApi.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class MobilityApiProblems {

    private final MessageSource messages;

    MobilityApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A field that was refused, with the reason. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "mobility.api.invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler({ HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class })
    ResponseEntity<ProblemDetail> malformed(Exception malformed) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "mobility.api.malformed"));
    }

    private ProblemDetail problem(HttpStatus status, String key) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key, null, locale));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
        problem.setProperty("code", key);
        return problem;
    }
}
