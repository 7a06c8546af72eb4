package org.safar.people.web;

import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.Registration;
import org.safar.people.registry.RegistrationChecks;
import org.safar.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Correcting a person's basic facts — names, sex, birth, citizenship, birth place, home and current country — with
 * the fields and checks of the registration page. Documents and contacts have their own sections on the profile.
 * A replaced name stays an other name of the person, so that searches still find them by it; corrected names or
 * birth are matched against the registry again, and the officer is told how many possible duplicates now wait
 * for review. A merged record
 * sends the officer to the one that survived; what was typed for a record merged meanwhile is shown, unsaved, on
 * the survivor's page, to be checked and saved there.
 */
@Controller
class PersonEditController {

    /** The fields this page changes; anything else in the request (a document, a phone) is not bound. */
    private static final String[] FIELDS = { "familyName", "givenNames", "patronymic", "sex", "birthDate",
            "birthYear", "citizenship", "birthPlace", "homeRegion", "homeDistrict", "homeAddress", "currentCountry" };

    private final PersonRecords records;
    private final PersonRegistry registry;
    private final RegistrationChecks checks;
    private final PersonDisplay display;

    PersonEditController(PersonRecords records, PersonRegistry registry, RegistrationChecks checks,
            PersonDisplay display) {
        this.records = records;
        this.registry = registry;
        this.checks = checks;
        this.display = display;
    }

    @InitBinder("form")
    void bindOnlyBasicFacts(WebDataBinder binder) {
        binder.setAllowedFields(FIELDS);
    }

    @GetMapping("/people/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PersonView person = existing(id);
        if (person.mergedInto() != null) {
            return "redirect:/people/" + person.mergedInto() + "/edit";
        }
        return form(person, Registration.of(person), model);
    }

    @PostMapping("/people/{id}/edit")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") Registration form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        PersonView person = existing(id);
        if (person.mergedInto() != null) {
            model.addAttribute("mergedAway", person.reference());
            return form(existing(person.mergedInto()), form, model);
        }
        checks.validate(form, binding);
        if (binding.hasErrors()) {
            return form(person, form, model);
        }
        PersonRegistry.Correction correction = registry.update(PersonId.of(id), form, "WEB");
        redirect.addFlashAttribute("edited", correction.changed());
        redirect.addFlashAttribute("possibleDuplicates", correction.possibleDuplicates().size());
        return "redirect:/people/" + id;
    }

    private PersonView existing(long id) {
        return records.byId(id).orElseThrow(() -> new DomainException(404, "person.notFound"));
    }

    private String form(PersonView person, Registration form, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("regions", display.regions());
        model.addAttribute("districts", display.districtsByRegion());
        if (form.getHomeDistrict() != null && display.district(form.getHomeDistrict()) == null) {
            model.addAttribute("typedDistrict", form.getHomeDistrict());
        }
        return "people/edit";
    }
}
