package org.safar.platform.audit.web;

import org.safar.platform.audit.AuditFilter;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.audit.AuditVerification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The audit trail for auditors and administrators (access is set in the security configuration): search the
 * lines, newest first, and check the chain. Read-only, except that a check is itself recorded.
 */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final String SEARCH = "search";

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @GetMapping
    String lines(@ModelAttribute(SEARCH) AuditSearch search, BindingResult errors, Model model) {
        AuditFilter filter = search.toFilter(errors);
        model.addAttribute("actions", AuditActions.choices(search.getAction()));
        model.addAttribute("page", errors.hasErrors() ? AuditPage.empty() : page(search, filter));
        return "audit/lines";
    }

    /** Checks the whole chain, then records that it was checked and with what outcome. */
    @PostMapping("/verify")
    String verify(Model model) {
        AuditVerification verification = audit.verify();
        audit.record(AuditVerification.ACTION, "AuditTrail", null, verification.summary());
        model.addAttribute("verification", verification);
        AuditSearch everything = new AuditSearch();
        model.addAttribute(SEARCH, everything);
        return lines(everything, new BeanPropertyBindingResult(everything, SEARCH), model);
    }

    private AuditPage page(AuditSearch search, AuditFilter filter) {
        long total = audit.count(filter);
        int pages = (int) Math.max(1, (total + AuditPage.SIZE - 1) / AuditPage.SIZE);
        int number = Math.min(search.pageNumber(), pages);
        return new AuditPage(audit.search(filter, (number - 1) * AuditPage.SIZE, AuditPage.SIZE), number, total,
                number > 1 ? search.linkTo(number - 1) : null,
                number < pages ? search.linkTo(number + 1) : null);
    }
}
