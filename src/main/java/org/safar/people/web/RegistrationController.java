package org.safar.people.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.safar.people.matching.PersonComparison;
import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.IdentityResolver;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.RegistrationChecks;
import org.safar.people.registry.Registration;
import org.safar.platform.accounts.District;
import org.safar.platform.accounts.Region;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Registering a person. When the registry already holds people who may be the one entered, the form comes back
 * with them beside what was typed; the officer opens one, or confirms that this is someone new.
 */
@Controller
class RegistrationController {

    private final PersonRegistry registry;
    private final PersonDisplay display;
    private final RegistrationChecks checks;

    RegistrationController(PersonRegistry registry, PersonDisplay display, RegistrationChecks checks) {
        this.checks = checks;
        this.registry = registry;
        this.display = display;
    }

    /** A registered person who may be the one entered, as the reader sees them, with the comparison. */
    record ShownCandidate(ShownPerson shown, PersonComparison comparison) {
    }

    /** What the officer typed, for the side-by-side view. */
    record Entered(String nameAsEntered, String name, LocalDate birthDate, Integer birthYear) {

        public boolean transliterated() {
            return !name.equals(nameAsEntered);
        }
    }

    @GetMapping("/people/new")
    String newPerson(Locale locale, Model model) {
        return form(new Registration(), List.of(), locale, model);
    }

    @PostMapping("/people/new")
    String register(@Valid @ModelAttribute("form") Registration form, BindingResult binding, Locale locale,
            Model model, RedirectAttributes redirect) {
        checks.validate(form, binding);
        if (binding.hasErrors()) {
            return form(form, List.of(), locale, model);
        }
        PersonRegistry.Outcome outcome = registry.register(form, "WEB");
        if (outcome.needsReview()) {
            return form(form, outcome.candidates(), locale, model);
        }
        redirect.addFlashAttribute("registered", true);
        return "redirect:/people/" + outcome.registered().value();
    }

    private String form(Registration form, List<IdentityResolver.Candidate> candidates, Locale locale,
            Model model) {
        model.addAttribute("form", form);
        model.addAttribute("regions", display.regions());
        model.addAttribute("documentTypes", IdentityDocuments.TYPES);
        model.addAttribute("districts", display.districtsByRegion());
        if (form.getHomeDistrict() != null && display.district(form.getHomeDistrict()) == null) {
            model.addAttribute("typedDistrict", form.getHomeDistrict());
        }
        if (!candidates.isEmpty()) {
            List<ShownPerson> shown = display.showAll(candidates.stream().map(IdentityResolver.Candidate::person)
                    .toList(), locale);
            model.addAttribute("candidates", IntStream.range(0, candidates.size())
                    .mapToObj(i -> new ShownCandidate(shown.get(i), candidates.get(i).comparison())).toList());
            String typed = fullName(form);
            model.addAttribute("entered", new Entered(typed, PersonDisplay.inReadersScript(typed, locale),
                    form.getBirthDate(), form.getBirthYear()));
        }
        return "people/form";
    }

    private static String fullName(Registration form) {
        return form.getPatronymic() == null ? form.getFamilyName() + " " + form.getGivenNames()
                : form.getFamilyName() + " " + form.getGivenNames() + " " + form.getPatronymic();
    }
}
