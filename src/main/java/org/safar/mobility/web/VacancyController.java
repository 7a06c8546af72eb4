package org.safar.mobility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.safar.mobility.applications.Applications;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.licensing.Employers;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.mobility.vacancies.VacancyDesk;
import org.safar.mobility.vacancies.VacancyForm;
import org.safar.mobility.vacancies.VacancyStatus;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Vacancies for agency users (their own agency's only: drafting, correcting, submitting, their applicants) and
 * for staff (every agency's: the verification queue, verify or reject, close).
 */
@Controller
class VacancyController {

    private final Vacancies vacancies;
    private final VacancyDesk desk;
    private final AgencyUsers agencyUsers;
    private final Agencies agencies;
    private final Employers employers;
    private final Applications applications;
    private final Clock clock;
    private final VacancyPage page;

    VacancyController(Vacancies vacancies, VacancyDesk desk, AgencyUsers agencyUsers, Agencies agencies,
            Employers employers, Applications applications, Clock clock, VacancyPage page) {
        this.page = page;
        this.vacancies = vacancies;
        this.desk = desk;
        this.agencyUsers = agencyUsers;
        this.agencies = agencies;
        this.employers = employers;
        this.applications = applications;
        this.clock = clock;
    }

    @GetMapping("/mobility/vacancies")
    String list(@RequestParam(required = false) VacancyStatus status, Model model) {
        Optional<Long> scope = scope();
        model.addAttribute("status", status);
        model.addAttribute("statuses", VacancyStatus.values());
        model.addAttribute("vacancies", vacancies.list(scope.orElse(null), status, 300));
        scope.flatMap(agencies::byId).ifPresent(agency -> model.addAttribute("ownAgency", agency));
        return "mobility/vacancies";
    }

    @GetMapping("/mobility/vacancies/new")
    String newVacancy(Model model) {
        VacancyForm form = new VacancyForm();
        form.setClosingOn(LocalDate.now(clock).plusMonths(2));
        form.setContractMonths(12);
        form.setHoursPerWeek(40);
        form.setPosts(1);
        return form(form, ownAgency(), null, model);
    }

    @PostMapping("/mobility/vacancies/new")
    String draft(@Valid @ModelAttribute("form") VacancyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Agency agency = ownAgency();
        if (binding.hasErrors()) {
            return form(form, agency, null, model);
        }
        try {
            long id = desk.draft(agency.id(), form);
            redirect.addFlashAttribute("done", "vacancy.drafted");
            return "redirect:/mobility/vacancies/" + id;
        }
        catch (DomainException refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(form, agency, null, model);
        }
    }

    @GetMapping("/mobility/vacancies/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Vacancy vacancy = desk.require(id, scope());
        return form(VacancyForm.of(vacancy), ownAgency(), vacancy, model);
    }

    @PostMapping("/mobility/vacancies/{id}/edit")
    String correct(@PathVariable long id, @Valid @ModelAttribute("form") VacancyForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Vacancy vacancy = desk.require(id, scope());
        if (binding.hasErrors()) {
            return form(form, ownAgency(), vacancy, model);
        }
        try {
            desk.correct(id, scope(), form);
        }
        catch (DomainException refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return form(form, ownAgency(), vacancy, model);
        }
        redirect.addFlashAttribute("done", "vacancy.corrected");
        return "redirect:/mobility/vacancies/" + id;
    }

    @GetMapping("/mobility/vacancies/{id}")
    String vacancy(@PathVariable long id, Locale locale, Model model) {
        return page.show(desk.require(id, scope()), locale, model);
    }

    @PostMapping("/mobility/vacancies/{id}/submit")
    String submit(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, "vacancy.submitted", () -> desk.submit(id, scope()));
    }

    @PostMapping("/mobility/vacancies/{id}/verify")
    String verify(@PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, null, () -> redirect.addFlashAttribute("done",
                desk.verify(id) == VacancyStatus.PUBLISHED ? "vacancy.published" : "vacancy.verifiedNotPublished"));
    }

    @PostMapping("/mobility/vacancies/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "vacancy.rejected", () -> desk.reject(id, reason));
    }

    @PostMapping("/mobility/vacancies/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "vacancy.closed", () -> desk.close(id, scope(), reason));
    }

    /** Staff enter an application by the person's registry number; agencies enter applicants by passport. */
    @PostMapping("/mobility/vacancies/{id}/applications")
    String apply(@PathVariable long id, @RequestParam(required = false) String person, RedirectAttributes redirect) {
        Vacancy vacancy = desk.require(id, scope());
        return act(id, redirect, "application.entered",
                () -> applications.apply(vacancy, ApplicationForms.personId(person)));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            if (doneKey != null) {
                redirect.addFlashAttribute("done", doneKey);
            }
        }
        catch (DomainException refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            redirect.addFlashAttribute("refusedKey", refused.messageKey());
            redirect.addFlashAttribute("refusedArgs", refused.arguments());
        }
        return "redirect:/mobility/vacancies/" + id;
    }

    private String form(VacancyForm form, Agency agency, Vacancy vacancy, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("agency", agency);
        model.addAttribute("vacancy", vacancy);
        model.addAttribute("employers", employers.all().stream()
                .filter(e -> !e.barred() && agency.countries().contains(e.country())).toList());
        return "mobility/vacancy-form";
    }

    private Optional<Long> scope() {
        return agencyUsers.scopeOf(StaffUser.current().orElseThrow());
    }

    private Agency ownAgency() {
        return scope().flatMap(agencies::byId).orElseThrow(() -> new DomainException(403, "agency.user.notLinked"));
    }
}
