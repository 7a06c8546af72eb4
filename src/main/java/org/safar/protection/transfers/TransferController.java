package org.safar.protection.transfers;

import java.util.Locale;

import org.safar.platform.DomainException;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.ProtectionCase;
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
 * Transfer pages: ask another office to take a case, or withdraw the request; the receiving office's list, and its
 * answer.
 */
@Controller
class TransferController {

    private final Transfers transfers;
    private final TransferViews views;
    private final CaseAccess access;

    TransferController(Transfers transfers, TransferViews views, CaseAccess access) {
        this.transfers = transfers;
        this.views = views;
        this.access = access;
    }

    @GetMapping("/transfers")
    String list(Locale locale, Model model) {
        model.addAttribute("rows", views.of(transfers.ofMyOffices(), locale));
        return "protection/partners/transfers";
    }

    @GetMapping("/transfers/new")
    String newTransfer(@RequestParam("case") long caseId, Model model) {
        TransferForm form = new TransferForm();
        form.setCaseId(caseId);
        return form(access.write(caseId), form, model);
    }

    @PostMapping("/transfers")
    String request(@Valid @ModelAttribute("form") TransferForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.getCaseId() == null) {
            throw DomainException.notFound();
        }
        ProtectionCase shown = access.write(form.getCaseId());
        if (!binding.hasErrors()) {
            try {
                CaseTransfer transfer = transfers.request(shown.id(), form.getToOfficeId(), form.getReason());
                redirect.addFlashAttribute("notice", "transfer.requested");
                return "redirect:/transfers/" + transfer.id();
            }
            catch (DomainException refused) {
                if (refused.status() != 422) {
                    throw refused;
                }
                binding.reject(refused.messageKey(), refused.arguments(), null);
            }
        }
        return form(shown, form, model);
    }

    @GetMapping("/transfers/{id}")
    String show(@PathVariable long id, Locale locale, Model model) {
        model.addAttribute("t", views.of(transfers.visible(id), locale));
        return "protection/partners/transfer";
    }

    @PostMapping("/transfers/{id}/accept")
    String accept(@PathVariable long id, RedirectAttributes redirect) {
        CaseTransfer transfer = transfers.accept(id);
        redirect.addFlashAttribute("notice", "transfer.accepted");
        return "redirect:/transfers/" + transfer.id();
    }

    @PostMapping("/transfers/{id}/refuse")
    String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            transfers.refuse(id, reason);
        }
        catch (DomainException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            model.addAttribute("t", views.of(transfers.visible(id), locale));
            model.addAttribute("refusalError", refused.messageKey());
            return "protection/partners/transfer";
        }
        redirect.addFlashAttribute("notice", "transfer.refused");
        return "redirect:/transfers/" + id;
    }

    @PostMapping("/transfers/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Locale locale, Model model,
            RedirectAttributes redirect) {
        try {
            transfers.withdraw(id, reason);
        }
        catch (DomainException refused) {
            if (refused.status() != 422) {
                throw refused;
            }
            model.addAttribute("t", views.of(transfers.visible(id), locale));
            model.addAttribute("withdrawalError", refused.messageKey());
            return "protection/partners/transfer";
        }
        redirect.addFlashAttribute("notice", "transfer.withdrawnNotice");
        return "redirect:/transfers/" + id;
    }

    private String form(ProtectionCase shown, TransferForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("shownCase", shown);
        model.addAttribute("offices", views.destinations(shown.owningOfficeId()));
        return "protection/partners/transfer-form";
    }
}
