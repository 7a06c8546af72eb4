package org.safar.protection.web;

import java.util.List;
import java.util.Locale;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.Offices;
import org.safar.protection.CaseSource;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseStaff;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Vulnerability;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.validation.Valid;

/**
 * Opening a case (often from a person's profile, with that person as the principal) and correcting its details.
 * The office list holds only the offices the user works for; the type's default sensitivity is applied. The case
 * workers offered are those of the chosen office: htmx fetches them again when the office changes, and without
 * JavaScript the server refuses a worker of another office on the form itself, keeping what was typed.
 */
@Controller
class CaseFormController {

    private final Casework casework;
    private final CaseAccess access;
    private final CaseTypes types;
    private final CaseStaff staff;
    private final Offices offices;
    private final People people;
    private final MessageSource messages;

    CaseFormController(Casework casework, CaseAccess access, CaseTypes types, CaseStaff staff, Offices offices,
            People people, MessageSource messages) {
        this.casework = casework;
        this.access = access;
        this.types = types;
        this.staff = staff;
        this.offices = offices;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/cases/new")
    String newCase(@RequestParam(required = false) Long person, Locale locale, Model model) {
        CaseForm form = new CaseForm();
        List<Office> mine = myOffices();
        if (!mine.isEmpty()) {
            form.setOwningOfficeId(mine.get(0).id());
            form.setCountry(mine.get(0).country());
        }
        form.setSource(CaseSource.WALK_IN);
        form.setAssignedWorkerId(CaseAccess.currentUser().id());
        if (person != null) {
            people.find(PersonId.of(person)).ifPresent(p -> form.setPersonId(p.id()));
        }
        model.addAttribute("form", form);
        return showForm(form, null, locale, model);
    }

    /** The case worker field for another office of the open form; only for an office the user may open cases in. */
    @GetMapping("/cases/workers")
    String workers(@RequestParam long owningOfficeId, @RequestParam(required = false) Long assignedWorkerId,
            Model model) {
        if (myOffices().stream().noneMatch(o -> o.id() == owningOfficeId)) {
            throw new DomainException(403, "case.office.notYours");
        }
        CaseForm form = new CaseForm();
        form.setOwningOfficeId(owningOfficeId);
        form.setAssignedWorkerId(assignedWorkerId);
        model.addAttribute("form", form);
        model.addAttribute("workers", staff.of(owningOfficeId));
        return "protection/case-form :: workerField";
    }

    @PostMapping("/cases/new")
    String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult binding, Locale locale, Model model) {
        if (form.getOwningOfficeId() != null && myOffices().stream()
                .anyMatch(o -> o.id().equals(form.getOwningOfficeId()))) {
            checkWorker(form, form.getOwningOfficeId(), binding, locale);
        }
        if (binding.hasErrors()) {
            return showForm(form, null, locale, model);
        }
        try {
            List<CasePerson> persons = form.getPersonId() == null ? List.of()
                    : List.of(new CasePerson(PersonId.of(form.getPersonId()),
                            form.getPersonRole() == null ? PersonRole.PRINCIPAL : form.getPersonRole()));
            ProtectionCase opened = casework.open(form.details(), persons);
            return "redirect:/cases/" + opened.id() + "?opened";
        }
        catch (DomainException refusal) {
            model.addAttribute("refused", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            return showForm(form, null, locale, model);
        }
    }

    @GetMapping("/cases/{id}/edit")
    String edit(@PathVariable long id, Locale locale, Model model) {
        ProtectionCase c = access.write(id);
        CaseForm form = CaseForm.of(c);
        model.addAttribute("form", form);
        return showForm(form, c, locale, model);
    }

    @PostMapping("/cases/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CaseForm form, BindingResult binding,
            Locale locale, Model model) {
        ProtectionCase c = access.write(id);
        checkWorker(form, c.owningOfficeId(), binding, locale);
        if (binding.hasErrors()) {
            return showForm(form, c, locale, model);
        }
        try {
            casework.update(id, form.details());
            return "redirect:/cases/" + id + "?updated";
        }
        catch (DomainException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            model.addAttribute("refused", messages.getMessage(refusal.messageKey(), refusal.arguments(), locale));
            return showForm(form, c, locale, model);
        }
    }

    private String showForm(CaseForm form, ProtectionCase existing, Locale locale, Model model) {
        model.addAttribute("existing", existing);
        model.addAttribute("types", types.activeTypes());
        model.addAttribute("subtypes", types.activeSubtypes());
        List<Office> mine = myOffices();
        model.addAttribute("offices", existing == null ? mine : List.of());
        Long office = existing != null ? Long.valueOf(existing.owningOfficeId())
                : mine.stream().map(Office::id).filter(o -> o.equals(form.getOwningOfficeId())).findFirst()
                        .orElse(null);
        model.addAttribute("workers", office == null ? List.of() : staff.of(office));
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("risks", RiskLevel.values());
        model.addAttribute("vulnerabilityOptions", Vulnerability.values());
        model.addAttribute("personRoles", PersonRole.values());
        model.addAttribute("person", form.getPersonId() == null ? null
                : people.find(PersonId.of(form.getPersonId())).map(p -> CasePage.shown(p, PersonRole.PRINCIPAL,
                        locale)).orElse(null));
        return "protection/case-form";
    }

    /** A worker of another office is refused on the field, named, so the rest of the form stays as typed. */
    private void checkWorker(CaseForm form, long office, BindingResult binding, Locale locale) {
        Long worker = form.getAssignedWorkerId();
        if (worker == null || staff.mayWorkOn(worker, office)) {
            return;
        }
        String name = staff.nameOf(worker).orElse("#" + worker);
        String officeName = offices.byId(office).map(o -> o.name(locale)).orElse("#" + office);
        binding.rejectValue("assignedWorkerId", "case.worker.notInOffice", new Object[] { name, officeName },
                null);
    }

    private List<Office> myOffices() {
        CaseScope scope = access.scope();
        return offices.all().stream().filter(o -> o.active() && scope.coversOffice(o.id()))
                .filter(o -> scope.allOffices() ? true : scope.officeIds().contains(o.id())).toList();
    }
}
