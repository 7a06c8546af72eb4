package org.safar.mobility.web;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Text typed into the module's forms is trimmed, and a field left empty is no value at all. */
@ControllerAdvice(basePackages = "org.safar.mobility")
class MobilityForms {

    @InitBinder
    void trim(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }
}
