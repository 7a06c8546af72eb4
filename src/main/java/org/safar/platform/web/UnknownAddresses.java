package org.safar.platform.web;

import java.io.IOException;

import org.safar.platform.security.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An address nothing serves — a mistyped portal link, an old bookmark — gets the public 404 page in the visitor's
 * language, with the way back to the portal; under {@code /api/} a 404 problem instead. Security lets such
 * requests through to here (ADR 0013).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownAddresses {

    private final ProblemResponses problems;

    UnknownAddresses(ProblemResponses problems) {
        this.problems = problems;
    }

    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(request, response, 404, "error.404.title", "error.404.api");
            return null;
        }
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }
}
