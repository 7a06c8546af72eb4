package org.safar.protection.web;

import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.safar.protection.cases.CaseType;
import org.safar.protection.cases.CaseTypes;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/**
 * Administrators extend the list of case types and sub-types, rename them in the four languages, choose whether
 * new cases of a type are restricted, and retire a type from new cases. A code never changes once given, and a
 * type is never deleted: cases keep pointing to it.
 */
@Controller
class CaseTypeAdminController {

    private final CaseTypes types;
    private final AuditTrail audit;

    CaseTypeAdminController(CaseTypes types, AuditTrail audit) {
        this.types = types;
        this.audit = audit;
    }

    @GetMapping("/admin/case-types")
    String list(Model model) {
        model.addAttribute("form", new CaseTypeForm());
        return page(null, model);
    }

    @GetMapping("/admin/case-types/{id}")
    String edit(@PathVariable long id, Model model) {
        CaseType type = types.byId(id).orElseThrow(() -> new DomainException(404, "casetype.notFound"));
        model.addAttribute("form", CaseTypeForm.of(type));
        return page(type, model);
    }

    @PostMapping("/admin/case-types")
    @Transactional
    String create(@Valid @ModelAttribute("form") CaseTypeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasFieldErrors("code") && types.codeTaken(form.getCode(), null)) {
            binding.rejectValue("code", "casetype.code.taken");
        }
        if (form.getParentId() != null && types.byId(form.getParentId()).filter(t -> !t.isSubtype()).isEmpty()) {
            binding.rejectValue("parentId", "casetype.parent.invalid");
        }
        if (binding.hasErrors()) {
            return page(null, model);
        }
        long id = types.create(form.toType(null));
        audit.record("CASE_TYPE_CREATED", "CaseType", form.getCode(), "id " + id);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/case-types";
    }

    @PostMapping("/admin/case-types/{id}")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseTypeForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CaseType existing = types.byId(id).orElseThrow(() -> new DomainException(404, "casetype.notFound"));
        form.setCode(existing.code());
        form.setParentId(existing.parentId());
        if (binding.hasErrors()) {
            return page(existing, model);
        }
        types.update(form.toType(id));
        audit.record("CASE_TYPE_UPDATED", "CaseType", existing.code(),
                (form.isActive() ? "offered" : "retired") + (form.isRestrictedByDefault() ? ", restricted" : ""));
        redirect.addFlashAttribute("saved", true);
        return "redirect:/admin/case-types";
    }

    private String page(CaseType editing, Model model) {
        model.addAttribute("editing", editing);
        model.addAttribute("types", types.all());
        model.addAttribute("parents", types.all().stream().filter(t -> !t.isSubtype()).toList());
        return "protection/case-types";
    }
}
