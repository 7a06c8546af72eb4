package org.safar.training.api;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Invalid fields of a training API call, listed one by one as {@code {field, message}} in the client's language. */
@RestControllerAdvice(assignableTypes = { TrainingApiController.class, CatalogueApiController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingApiProblems {

    private final MessageSource messages;

    TrainingApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** A field that was refused, with the reason. */
    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        return problem(invalid.getBindingResult());
    }

    @ExceptionHandler(InvalidFields.class)
    ResponseEntity<ProblemDetail> invalid(InvalidFields invalid) {
        return problem(invalid.errors());
    }

    private ResponseEntity<ProblemDetail> problem(Errors errors) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = errors.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale))).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("training.form.invalid", null, locale));
        problem.setTitle(messages.getMessage("error.400.title", null, locale));
        problem.setProperty("code", "training.form.invalid");
        problem.setProperty("errors", fields);
        return ResponseEntity.badRequest().body(problem);
    }
}
