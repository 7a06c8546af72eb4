package org.safar.people.api;

import java.util.Locale;

import org.safar.people.registry.RegistrationChecks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The people API's own additions to the platform's problems: registrations are checked by {@link RegistrationChecks}
 * as well as by their annotations (refusals listed field by field like any invalid request), and likely matches
 * that hold back a registration are listed for the client to decide, in the client's language.
 */
@RestControllerAdvice(assignableTypes = { PeopleController.class, PersonController.class })
@Order(Ordered.HIGHEST_PRECEDENCE)
class PeopleApiProblems {

    private final MessageSource messages;
    private final RegistrationChecks checks;

    PeopleApiProblems(MessageSource messages, RegistrationChecks checks) {
        this.messages = messages;
        this.checks = checks;
    }

    @InitBinder("registration")
    void checkRegistrations(WebDataBinder binder) {
        binder.addValidators(checks);
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
