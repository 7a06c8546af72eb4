package org.safar.mobility.web;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.safar.mobility.applications.ApplicantForm;
import org.safar.mobility.applications.Applicants;
import org.safar.mobility.applications.ApplicationStatus;
import org.safar.mobility.applications.Applications;
import org.safar.mobility.applications.VacancyApplication;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.mobility.vacancies.VacancyDesk;
import org.safar.platform.DomainException;
import org.safar.platform.ratelimit.RateLimited;
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
 * Applications: the latest ones (an agency user sees only its own agency's), an agency's applicant entered by
 * passport, and moving one on.
 */
@Controller
class ApplicationController {

    private final Applications applications;
    private final Applicants applicants;
    private final AgencyUsers agencyUsers;
    private final Agencies agencies;
    private final VacancyDesk desk;
    private final VacancyPage page;

    ApplicationController(Applications applications, Applicants applicants, AgencyUsers agencyUsers,
            Agencies agencies, VacancyDesk desk, VacancyPage page) {
        this.applications = applications;
        this.applicants = applicants;
        this.agencyUsers = agencyUsers;
        this.agencies = agencies;
        this.desk = desk;
        this.page = page;
    }

    @GetMapping("/mobility/applications")
    String list(Model model) {
        model.addAttribute("applications", applications.list(scope().orElse(null), 300));
        return "mobility/applications";
    }

    /**
     * The agency's applicant, from their passport. A refusal shows the vacancy's page again with everything typed
     * and the field (or the whole entry) named; the agency learns nothing of the registry's record.
     */
    @PostMapping("/mobility/vacancies/{id}/applicants")
    @RateLimited(value = "applicant-entry", per = RateLimited.Per.USER)
    String addApplicant(@PathVariable long id, @Valid @ModelAttribute("applicant") ApplicantForm applicant,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        Agency agency = ownAgency();
        Vacancy vacancy = desk.require(id, Optional.of(agency.id()));
        applicant.check(binding);
        if (!binding.hasErrors()) {
            try {
                VacancyApplication entered = applicants.add(vacancy, agency, applicant);
                redirect.addFlashAttribute("done", "applicant.added");
                redirect.addFlashAttribute("doneArgs", new Object[] { entered.reference() });
                return "redirect:/mobility/vacancies/" + id + "#applications";
            }
            catch (DomainException refused) {
                binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            }
        }
        return page.show(vacancy, locale, model);
    }

    @PostMapping("/mobility/applications/{id}/status")
    String move(@PathVariable long id, @RequestParam(required = false) ApplicationStatus status,
            @RequestParam(required = false) String reason, @RequestParam(required = false) LocalDate date,
            @RequestParam(required = false) LocalDate contractEndsOn, RedirectAttributes redirect) {
        VacancyApplication application = applications.byId(id).orElseThrow(DomainException::notFound);
        Optional<Long> scope = scope();
        if (scope.isPresent() && scope.get() != application.agencyId()) {
            throw DomainException.notFound();
        }
        try {
            applications.move(id, status, reason, date, contractEndsOn);
            redirect.addFlashAttribute("done", "application.moved");
        }
        catch (DomainException refused) {
            redirect.addFlashAttribute("refusedKey", refused.messageKey());
            redirect.addFlashAttribute("refusedArgs", refused.arguments());
        }
        return "redirect:/mobility/vacancies/" + application.vacancyId() + "#applications";
    }

    private Optional<Long> scope() {
        return agencyUsers.scopeOf(StaffUser.current().orElseThrow());
    }

    private Agency ownAgency() {
        return scope().flatMap(agencies::byId).orElseThrow(() -> new DomainException(403, "agency.user.notLinked"));
    }
}
