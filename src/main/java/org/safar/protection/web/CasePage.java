package org.safar.protection.web;

import java.util.Comparator;
import java.util.List;

import org.safar.people.People;
import org.safar.people.PersonView;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseNotes;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseStaff;
import org.safar.protection.cases.CaseTasks;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.NeedDomain;
import org.safar.protection.cases.Needs;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.Plans;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.cases.ServicesDelivered;
import org.safar.protection.cases.Severity;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Everything the case page shows, for a case the reader was already let in to. */
@Component
class CasePage {

    private final ProtectionCases cases;
    private final CaseAccess access;
    private final CaseStaff staff;
    private final Needs needs;
    private final Plans plans;
    private final ServicesDelivered services;
    private final CaseNotes notes;
    private final CaseTasks tasks;
    private final People people;
    private final List<CasePageSection> sections;

    CasePage(ProtectionCases cases, CaseAccess access, CaseStaff staff, Needs needs, Plans plans,
            ServicesDelivered services, CaseNotes notes, CaseTasks tasks, People people,
            List<CasePageSection> sections) {
        this.cases = cases;
        this.access = access;
        this.staff = staff;
        this.needs = needs;
        this.plans = plans;
        this.services = services;
        this.notes = notes;
        this.tasks = tasks;
        this.people = people;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CasePageSection::order)).toList();
    }

    /** A person on the case as the reader sees them. */
    record ShownPerson(long id, String reference, String name, String nameAsEntered, Integer birthYear,
            PersonRole role) {
    }

    /** A candidate found by the "add a person" search. */
    record Candidate(long id, String reference, String name, Integer birthYear) {
    }

    String show(ProtectionCase c, String personQuery, Model model) {
        StaffUser user = CaseAccess.currentUser();
        CaseScope scope = CaseScope.of(user);
        boolean confidential = access.seesConfidential(c);
        var locale = LocaleContextHolder.getLocale();
        model.addAttribute("c", c);
        model.addAttribute("persons", cases.persons(c.id()).stream().map(p -> people.find(p.person())
                .map(v -> shown(v, p.role(), locale)).orElse(null)).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("team", cases.team(c.id()).stream().flatMap(member -> staff.nameOf(member)
                .map(name -> new CaseStaff.Member(member, name)).stream()).toList());
        model.addAttribute("transitions", cases.transitions(c.id()));
        model.addAttribute("needs", needs.of(c.id()));
        model.addAttribute("goals", plans.of(c.id()));
        model.addAttribute("services", services.of(c.id()));
        model.addAttribute("notes", notes.of(c.id(), confidential));
        model.addAttribute("hiddenNotes", confidential ? 0 : notes.hiddenCount(c.id()));
        model.addAttribute("tasks", tasks.of(c.id()));
        model.addAttribute("canWrite", scope.writer());
        model.addAttribute("canChange", scope.writer() && c.isOpen());
        model.addAttribute("supervisor", user.has(Role.SUPERVISOR));
        model.addAttribute("nextSteps", c.status().nextSteps().stream()
                .filter(s -> s != CaseStatus.CLOSED && c.status() != CaseStatus.CLOSED).toList());
        model.addAttribute("staffOptions", staff.of(c.owningOfficeId()));
        model.addAttribute("allStatuses", CaseStatus.values());
        model.addAttribute("domains", NeedDomain.values());
        model.addAttribute("severities", Severity.values());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("closureReasons", ClosureReason.values());
        model.addAttribute("personRoles", PersonRole.values());
        model.addAttribute("currencies", List.of("UZS", "USD", "RUB", "KZT", "KRW", "TRY", "EUR"));
        model.addAttribute("personQuery", personQuery);
        if (personQuery != null && !personQuery.isBlank()) {
            model.addAttribute("candidates", people.search(personQuery, 10).stream()
                    .map(p -> new Candidate(p.id(), p.reference(), People.nameFor(p, locale), p.birthYear()))
                    .toList());
        }
        List<CasePageSection> visible = sections;
        visible.forEach(section -> section.contribute(c, model));
        model.addAttribute("sections", visible);
        return "protection/case";
    }

    static ShownPerson shown(PersonView v, PersonRole role, java.util.Locale locale) {
        String name = People.nameFor(v, locale);
        return new ShownPerson(v.id(), v.reference(), name, name.equals(v.fullName()) ? null : v.fullName(),
                v.birthYear(), role);
    }
}
