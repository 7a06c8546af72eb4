package org.safar.mobility.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.mobility.Complaints;
import org.safar.mobility.LicenceStatus;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.AgencyForm;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.licensing.LicensingDesk;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.platform.DomainException;
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
 * The register of agencies for licensing officers: search, register an agency with its licence, and on the
 * agency's page its licence, history, users, vacancies and complaints, with the licence actions.
 */
@Controller
class AgencyController {

    static final int EXPIRY_WARNING_DAYS = 30;

    private final Agencies agencies;
    private final LicensingDesk desk;
    private final AgencyUsers agencyUsers;
    private final Vacancies vacancies;
    private final Complaints complaints;
    private final Clock clock;

    AgencyController(Agencies agencies, LicensingDesk desk, AgencyUsers agencyUsers, Vacancies vacancies,
            Complaints complaints, Clock clock) {
        this.agencies = agencies;
        this.desk = desk;
        this.agencyUsers = agencyUsers;
        this.vacancies = vacancies;
        this.complaints = complaints;
        this.clock = clock;
    }

    @GetMapping("/mobility/agencies")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) LicenceStatus status,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("statuses", LicenceStatus.values());
        model.addAttribute("agencies", agencies.search(q, status, 200));
        model.addAttribute("expiring", agencies.expiringWithin(LocalDate.now(clock), EXPIRY_WARNING_DAYS));
        return "mobility/agencies";
    }

    @GetMapping("/mobility/agencies/new")
    String newAgency(Model model) {
        AgencyForm form = new AgencyForm();
        form.setIssuedOn(LocalDate.now(clock));
        form.setExpiresOn(LocalDate.now(clock).plusYears(3));
        model.addAttribute("form", form);
        return "mobility/agency-form";
    }

    @PostMapping("/mobility/agencies/new")
    String register(@Valid @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "mobility/agency-form";
        }
        try {
            long id = desk.register(form);
            redirect.addFlashAttribute("done", "agency.registered");
            return "redirect:/mobility/agencies/" + id;
        }
        catch (DomainException refused) {
            binding.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
            return "mobility/agency-form";
        }
    }

    @GetMapping("/mobility/agencies/{id}")
    String agency(@PathVariable long id, Model model) {
        Agency agency = desk.require(id);
        model.addAttribute("agency", agency);
        model.addAttribute("history", agencies.historyOf(agency.licenceId()));
        model.addAttribute("users", agencyUsers.usernamesOf(id));
        model.addAttribute("vacancies", vacancies.list(id, null, 200));
        model.addAttribute("complaints", complaints.againstAgency(id));
        model.addAttribute("renewTo", agency.expiresOn().plusYears(3));
        return "mobility/agency";
    }

    @PostMapping("/mobility/agencies/{id}/renew")
    String renew(@PathVariable long id, @RequestParam(required = false) LocalDate expiresOn,
            @RequestParam(required = false) List<String> countries, RedirectAttributes redirect) {
        return act(id, redirect, "licence.renewed", () -> desk.renew(id, expiresOn,
                countries == null ? List.of() : countries));
    }

    @PostMapping("/mobility/agencies/{id}/suspend")
    String suspend(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "licence.suspended", () -> desk.suspend(id, reason));
    }

    @PostMapping("/mobility/agencies/{id}/reinstate")
    String reinstate(@PathVariable long id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, redirect, "licence.reinstated", () -> desk.reinstate(id, reason));
    }

    @PostMapping("/mobility/agencies/{id}/revoke")
    String revoke(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, "licence.revokedDone", () -> desk.revoke(id, reason));
    }

    @PostMapping("/mobility/agencies/{id}/users")
    String link(@PathVariable long id, @RequestParam(required = false) String username, RedirectAttributes redirect) {
        desk.require(id);
        return act(id, redirect, "agency.user.linked", () -> agencyUsers.link(username, id));
    }

    /** Does the action; a refusal comes back to the agency's page as a translated message. */
    private static String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("done", doneKey);
        }
        catch (DomainException refused) {
            if (refused.status() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("refusedKey", refused.messageKey());
            redirect.addFlashAttribute("refusedArgs", refused.arguments());
        }
        return "redirect:/mobility/agencies/" + id;
    }
}
