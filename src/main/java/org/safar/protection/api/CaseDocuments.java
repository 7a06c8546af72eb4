package org.safar.protection.api;

import java.util.Locale;

import org.safar.people.People;
import org.safar.platform.accounts.Offices;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseNotes;
import org.safar.protection.cases.CaseSearch;
import org.safar.protection.cases.CaseStaff;
import org.safar.protection.cases.CaseTasks;
import org.safar.protection.cases.CaseType;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Needs;
import org.safar.protection.cases.Plans;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ProtectionCases;
import org.safar.protection.cases.ServicesDelivered;
import org.springframework.stereotype.Component;

/** Builds the API's view of a case from its parts, for a caller already let in to the case. */
@Component
class CaseDocuments {

    private final ProtectionCases cases;
    private final CaseAccess access;
    private final CaseTypes types;
    private final CaseStaff staff;
    private final Offices offices;
    private final People people;
    private final Needs needs;
    private final Plans plans;
    private final ServicesDelivered services;
    private final CaseTasks tasks;
    private final CaseNotes notes;

    CaseDocuments(ProtectionCases cases, CaseAccess access, CaseTypes types, CaseStaff staff, Offices offices,
            People people, Needs needs, Plans plans, ServicesDelivered services, CaseTasks tasks, CaseNotes notes) {
        this.cases = cases;
        this.access = access;
        this.types = types;
        this.staff = staff;
        this.offices = offices;
        this.people = people;
        this.needs = needs;
        this.plans = plans;
        this.services = services;
        this.tasks = tasks;
        this.notes = notes;
    }

    CaseDocument of(ProtectionCase c, Locale locale) {
        CaseType type = types.byId(c.typeId()).orElseThrow();
        CaseType subtype = c.subtypeId() == null ? null : types.byId(c.subtypeId()).orElse(null);
        return new CaseDocument(c.id(), c.reference(), type.code(), subtype == null ? null : subtype.code(),
                type.name(locale) + (subtype == null ? "" : " — " + subtype.name(locale)), c.summary(), c.country(),
                c.city(), c.employer(), c.agency(), c.source(), c.vulnerabilities(), c.riskLevel(),
                c.owningOfficeId(), offices.byId(c.owningOfficeId()).map(o -> o.code()).orElse(null),
                c.assignedWorkerId(), staff.nameOf(c.assignedWorkerId()).orElse(null),
                cases.team(c.id()).stream().map(member -> new CaseDocument.Member(member,
                        staff.nameOf(member).orElse(null))).toList(), c.restricted(), c.status(),
                c.status().nextSteps(), c.openedOn(), c.planApprovedAt(), c.closedOn(), c.closureReason(),
                c.closureNote(),
                cases.persons(c.id()).stream().map(p -> people.find(p.person()).map(v -> new CaseDocument.Person(
                        v.id(), v.reference(), People.nameFor(v, locale), p.role())).orElse(null))
                        .filter(java.util.Objects::nonNull).toList(),
                needs.of(c.id()), plans.of(c.id()), services.of(c.id()), tasks.of(c.id()),
                notes.of(c.id(), access.seesConfidential(c)), cases.transitions(c.id()));
    }

    CaseSummary summary(CaseSearch.Row row) {
        return new CaseSummary(row.id(), row.reference(), types.byId(row.typeId()).map(CaseType::code).orElse(null),
                row.subtypeId() == null ? null : types.byId(row.subtypeId()).map(CaseType::code).orElse(null),
                row.status(), row.risk(), row.country(), row.city(),
                offices.byId(row.officeId()).map(o -> o.code()).orElse(null), row.workerId(), row.workerName(),
                row.openedOn(), row.restricted(), row.overdue());
    }
}
