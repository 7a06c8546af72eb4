package org.safar.platform.web;

import org.safar.platform.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A business rule that refuses a page request becomes the translated error page with the rule's message;
 * forms catch their own refusals and show them beside the fields instead.
 */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    ModelAndView refused(DomainException refusal) {
        ModelAndView page = new ModelAndView("error", HttpStatus.valueOf(refusal.status()));
        page.addObject("status", refusal.status());
        page.addObject("detail", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                LocaleContextHolder.getLocale()));
        return page;
    }
}
