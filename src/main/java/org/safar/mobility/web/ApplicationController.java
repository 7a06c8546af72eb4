package org.safar.mobility.web;

import java.time.LocalDate;
import java.util.Optional;

import org.safar.mobility.applications.ApplicationStatus;
import org.safar.mobility.applications.Applications;
import org.safar.mobility.applications.VacancyApplication;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applications: the latest ones (an agency user sees only its own agency's), and moving one on. */
@Controller
class ApplicationController {

    private final Applications applications;
    private final AgencyUsers agencyUsers;

    ApplicationController(Applications applications, AgencyUsers agencyUsers) {
        this.applications = applications;
        this.agencyUsers = agencyUsers;
    }

    @GetMapping("/mobility/applications")
    String list(Model model) {
        model.addAttribute("applications", applications.list(scope().orElse(null), 300));
        return "mobility/applications";
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
}
