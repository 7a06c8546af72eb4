package org.safar.people.api;

import java.util.List;
import java.util.Locale;

import org.safar.people.registry.RegistrationChecks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The people API's own problems, ahead of the platform's general ones: invalid fields listed one by one, a
 * malformed parameter named, and likely matches that hold back a registration listed for the client to decide.
 * Every text is in the client's language.
 */
@RestControllerAdvice(assignableTypes = { PeopleController.class, PersonController.class, ConsentController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiProblems {

    private final MessageSource messages;
    private final RegistrationChecks checks;

    PeopleApiProblems(MessageSource messages, RegistrationChecks checks) {
        this.messages = messages;
        this.checks = checks;
    }

    /** A field that was refused, with the reason in the client's language. */
    record FieldProblem(String field, String message) {
    }

    @InitBinder("registration")
    void checkRegistrations(WebDataBinder binder) {
        binder.addValidators(checks);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messages.getMessage(error, locale))).toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "peopleapi.invalid");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> malformed(MethodArgumentTypeMismatchException malformed) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "peopleapi.parameter.malformed", malformed.getName());
        problem.setProperty("parameter", malformed.getName());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(LikelyMatchesFound.class)
    ResponseEntity<ProblemDetail> likelyMatches(LikelyMatchesFound found) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "peopleapi.likelyMatches", "confirmedNew: true");
        problem.setProperty("candidates", found.candidates().stream()
                .map(candidate -> MatchCandidate.of(candidate, key -> messages.getMessage(key, null, key, locale)))
                .toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
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
