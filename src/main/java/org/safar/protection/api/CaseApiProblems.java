package org.safar.protection.api;

import java.util.List;
import java.util.Locale;

import org.safar.protection.providers.PartnerApi;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The protection module's API problems (cases, and the partner side: providers, referrals, transfers), ahead of the
 * platform's general ones: invalid fields listed one by one and a malformed parameter named, in the client's
 * language.
 */
@RestControllerAdvice(assignableTypes = { CaseListApiController.class, CaseApiController.class },
        annotations = PartnerApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CaseApiProblems {

    private final MessageSource messages;

    CaseApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A field that was refused, with the reason in the client's language. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "caseapi.invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException malformed) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "caseapi.parameter.malformed", malformed.getName());
        problem.setProperty("parameter", malformed.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String detailKey, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(detailKey, arguments, locale));
        problem.setTitle(messages.getMessage("error." + status.value() + ".title", null, locale));
        problem.setProperty("code", detailKey);
        return problem;
    }
}
