package org.safar.protection.referrals;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.People;
import org.safar.platform.DomainException;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.providers.ServiceProvider;
import org.safar.protection.providers.ServiceProviders;
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
 * Referral pages. Staff send a referral from a case and follow it; a partner sees the referrals of their provider
 * only, as {@link PartnerReferralView}s, and answers them.
 */
@Controller
class ReferralController {

    private final Referrals referrals;
    private final ReferralViews views;
    private final CaseAccess access;
    private final ProtectionCases cases;
    private final ServiceProviders providers;
    private final People people;
    private final Consents consents;

    ReferralController(Referrals referrals, ReferralViews views, CaseAccess access, ProtectionCases cases,
            ServiceProviders providers, People people, Consents consents) {
        this.referrals = referrals;
        this.views = views;
        this.access = access;
        this.cases = cases;
        this.providers = providers;
        this.people = people;
        this.consents = consents;
    }

    /** A person of the case as offered in the form, with whether they consented to be referred. */
    record Candidate(long id, String name, String role, boolean consented) {
    }

    @GetMapping("/referrals/new")
    String newReferral(@RequestParam("case") long caseId, Locale locale, Model model) {
        ReferralForms.Send form = new ReferralForms.Send();
        form.setCaseId(caseId);
        ProtectionCase shown = access.write(caseId);
        cases.persons(caseId).stream().findFirst().ifPresent(p -> form.setPersonId(p.person().value()));
        return form(shown, form, locale, model);
    }

    @PostMapping("/referrals")
    String send(@Valid @ModelAttribute("form") ReferralForms.Send form, BindingResult binding, Locale locale,
            Model model, RedirectAttributes redirect) {
        if (form.getCaseId() == null) {
            throw DomainException.notFound();
        }
        ProtectionCase shown = access.write(form.getCaseId());
        if (!binding.hasErrors()) {
            try {
                Referral sent = referrals.refer(form.request());
                redirect.addFlashAttribute("notice", "referral.sent");
                return "redirect:/referrals/" + sent.id();
            }
            catch (DomainException refused) {
                if (refused.status() != 422) {
                    throw refused;
                }
                binding.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        return form(shown, form, locale, model);
    }

    @GetMapping("/referrals")
    String list(@RequestParam(required = false) ReferralStatus status, Locale locale, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("statuses", ReferralStatus.values());
        if (isPartner()) {
            model.addAttribute("rows", views.forPartner(referrals.forMyProvider(status), locale));
            return "protection/partners/partner-referrals";
        }
        model.addAttribute("rows", views.forStaff(referrals.inScope(status), locale));
        return "protection/partners/referrals";
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        if (isPartner()) {
            return partnerPage(referrals.forPartner(id), new ReferralForms.Decline(), new ReferralForms.Delivery(),
                    locale, model);
        }
        return staffPage(referrals.forStaff(id), new ReferralForms.Cancel(), locale, model);
    }

    @PostMapping("/referrals/{id}/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancelForm") ReferralForms.Cancel form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        Referral referral = referrals.forStaff(id);
        if (!binding.hasErrors()) {
            try {
                referrals.cancel(id, form.getReason());
                redirect.addFlashAttribute("notice", "referral.cancelledNotice");
                return "redirect:/referrals/" + id;
            }
            catch (DomainException refused) {
                if (refused.status() != 422) {
                    throw refused;
                }
                binding.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        return staffPage(referral, form, locale, model);
    }

    @PostMapping("/referrals/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        referrals.accept(id);
        redirect.addFlashAttribute("notice", "referral.accepted");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/decline")
    String decline(@PathVariable long id, @Valid @ModelAttribute("declineForm") ReferralForms.Decline form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        Referral referral = referrals.forPartner(id);
        if (binding.hasErrors()) {
            return partnerPage(referral, form, new ReferralForms.Delivery(), locale, model);
        }
        referrals.decline(id, form.getReason());
        redirect.addFlashAttribute("notice", "referral.declined");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/services")
    String recordService(@PathVariable long id, @Valid @ModelAttribute("serviceForm") ReferralForms.Delivery form,
            BindingResult binding, Locale locale, Model model, RedirectAttributes redirect) {
        Referral referral = referrals.forPartner(id);
        if (!binding.hasErrors()) {
            try {
                referrals.recordService(id, form.getServiceType(), form.getDeliveredOn(), form.getQuantity(),
                        form.getNote());
                redirect.addFlashAttribute("notice", "referral.serviceRecorded");
                return "redirect:/referrals/" + id;
            }
            catch (DomainException refused) {
                if (refused.status() != 422) {
                    throw refused;
                }
                model.addAttribute("refusal", refused.messageKey());
            }
        }
        return partnerPage(referral, new ReferralForms.Decline(), form, locale, model);
    }

    @PostMapping("/referrals/{id}/complete")
    String complete(@PathVariable long id, @Valid @ModelAttribute("completeForm") ReferralForms.Completion form,
            BindingResult binding, RedirectAttributes redirect) {
        referrals.complete(id, binding.hasErrors() ? null : form.getNote());
        redirect.addFlashAttribute("notice", "referral.completed");
        return "redirect:/referrals/" + id;
    }

    private String staffPage(Referral referral, ReferralForms.Cancel cancel, Locale locale, Model model) {
        model.addAttribute("r", views.forStaff(referral, locale));
        model.addAttribute("cancelForm", cancel);
        model.addAttribute("canCancel", referral.status().canMoveTo(ReferralStatus.CANCELLED)
                && access.scope().writer());
        return "protection/partners/referral";
    }

    private String partnerPage(Referral referral, ReferralForms.Decline decline, ReferralForms.Delivery delivery,
            Locale locale, Model model) {
        if (delivery.getServiceType() == null) {
            delivery.setServiceType(referral.serviceType());
        }
        model.addAttribute("r", views.forPartner(referral, locale));
        model.addAttribute("declineForm", decline);
        model.addAttribute("serviceForm", delivery);
        model.addAttribute("serviceTypes", ServiceType.values());
        return "protection/partners/partner-referral";
    }

    private String form(ProtectionCase shown, ReferralForms.Send form, Locale locale, Model model) {
        List<Candidate> candidates = cases.persons(shown.id()).stream()
                .map(p -> new Candidate(p.person().value(),
                        people.find(p.person()).map(v -> People.nameFor(v, locale)).orElse(p.person().toString()),
                        p.role().messageKey(), consents.hasValidConsent(p.person(), ConsentPurpose.REFERRAL)))
                .toList();
        List<ServiceProvider> offered = providers.search(new ServiceProviders.Query(null, null, null, null, true))
                .stream().sorted(Comparator.comparing((ServiceProvider p) -> !p.country().equals(shown.country()))
                        .thenComparing(ServiceProvider::country).thenComparing(ServiceProvider::name))
                .toList();
        model.addAttribute("form", form);
        model.addAttribute("shownCase", shown);
        model.addAttribute("candidates", candidates);
        model.addAttribute("providers", offered);
        model.addAttribute("serviceTypes", ServiceType.values());
        return "protection/partners/referral-form";
    }

    private static boolean isPartner() {
        return StaffUser.current().map(user -> user.has(Role.PARTNER)).orElse(false);
    }
}
