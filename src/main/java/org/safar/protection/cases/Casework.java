package org.safar.protection.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.accounts.Offices;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.protection.CaseClosed;
import org.safar.protection.CaseOpened;
import org.safar.protection.CaseStatus;
import org.safar.protection.CaseStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything that changes a case, for pages, the API and other modules alike: open, correct, move through the
 * workflow, assess, plan, record services, notes and tasks. Each method checks the signed-in user's access to
 * the case (or, for {@link #open}, to the owning office), refuses what the rules forbid with a translated message
 * and changes nothing then, and writes the change to the audit trail.
 */
@Service
public class Casework {

    private static final String ENTITY = "ProtectionCase";

    private final ProtectionCases cases;
    private final CaseAccess access;
    private final CaseTypes types;
    private final CaseStaff staff;
    private final Needs needs;
    private final Plans plans;
    private final ServicesDelivered services;
    private final CaseNotes notes;
    private final CaseTasks tasks;
    private final People people;
    private final Offices offices;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Casework(ProtectionCases cases, CaseAccess access, CaseTypes types, CaseStaff staff, Needs needs, Plans plans,
            ServicesDelivered services, CaseNotes notes, CaseTasks tasks, People people, Offices offices,
            AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.access = access;
        this.types = types;
        this.staff = staff;
        this.needs = needs;
        this.plans = plans;
        this.services = services;
        this.notes = notes;
        this.tasks = tasks;
        this.people = people;
        this.offices = offices;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Opens a case in intake for the signed-in user's office (or any office for headquarters), with the people
     * concerned. A type restricted by default (trafficking) makes the case restricted whatever the form said.
     */
    @Transactional
    public ProtectionCase open(CaseDetails details, List<CasePerson> persons) {
        StaffUser user = CaseAccess.currentUser();
        CaseScope scope = CaseScope.of(user);
        if (!scope.writer() || !scope.coversOffice(details.owningOfficeId())) {
            throw new DomainException(403, "case.office.notYours");
        }
        return openAs(details, persons, user.id(), user.getUsername());
    }

    /** Opens a case on behalf of the system (another module's intake); nobody is added to its team. */
    @Transactional
    public ProtectionCase openForSystem(CaseDetails details, List<CasePerson> persons) {
        return openAs(details, persons, null, AuditTrail.SYSTEM);
    }

    private ProtectionCase openAs(CaseDetails details, List<CasePerson> persons, Long userId, String actor) {
        CaseType type = checkedType(details);
        offices.byId(details.owningOfficeId()).orElseThrow(() -> new DomainException("case.office.unknown"));
        checkWorker(details.assignedWorkerId(), details.owningOfficeId());
        checkPersons(persons);
        CaseDetails effective = type.restrictedByDefault() && !details.restricted() ? withRestricted(details)
                : details;
        LocalDate today = LocalDate.now(clock);
        String reference = cases.nextReference(today.getYear());
        long id = cases.insert(reference, effective, today, userId);
        persons.forEach(p -> cases.addPerson(id, people.require(p.person()).personId(), p.role()));
        if (userId != null && !userId.equals(effective.assignedWorkerId())) {
            cases.addToTeam(id, userId);
        }
        cases.recordTransition(id, null, CaseStatus.INTAKE, null, null, userId, actor);
        events.publishEvent(new CaseOpened(org.safar.protection.CaseId.of(id), reference, type.code(),
                effective.owningOfficeId(), effective.restricted()));
        return cases.byId(id).orElseThrow();
    }

    /**
     * Corrects a case's details. The owning office changes only by a transfer; lifting a restriction is a
     * supervisor's decision.
     */
    @Transactional
    public ProtectionCase update(long id, CaseDetails details) {
        ProtectionCase current = openForChange(id);
        StaffUser user = CaseAccess.currentUser();
        if (current.restricted() && !details.restricted() && !user.has(Role.SUPERVISOR)) {
            throw new DomainException(403, "case.restriction.supervisorOnly");
        }
        CaseDetails kept = new CaseDetails(details.typeId(), details.subtypeId(), details.summary(),
                details.country(), details.city(), details.employer(), details.agency(), details.source(),
                details.vulnerabilities(), details.riskLevel(), current.owningOfficeId(), details.assignedWorkerId(),
                details.restricted());
        checkedType(kept);
        checkWorker(kept.assignedWorkerId(), current.owningOfficeId());
        cases.update(id, kept);
        audit.record("CASE_UPDATED", ENTITY, current.reference(), "details corrected"
                + (current.restricted() != kept.restricted() ? (kept.restricted() ? "; restricted" : "; restriction lifted") : "")
                + (java.util.Objects.equals(current.assignedWorkerId(), kept.assignedWorkerId()) ? ""
                        : "; assigned to user " + kept.assignedWorkerId()));
        return cases.byId(id).orElseThrow();
    }

    /**
     * Moves a case to {@code next} when the workflow allows it, the user may take that decision and what the step
     * needs is there: an assessment before planning, a plan with an action before approval, a reason to close or
     * reopen. Otherwise refuses with a translated message and leaves the case as it was.
     */
    @Transactional
    public ProtectionCase move(long id, CaseStatus next, ClosureReason closureReason, String reason) {
        ProtectionCase current = access.write(id);
        StaffUser user = CaseAccess.currentUser();
        CaseStatus from = current.status();
        if (!from.canMoveTo(next)) {
            throw new DomainException(409, "case.transition.notAllowed", status(from), status(next));
        }
        if (from.needsSupervisorToMoveTo(next) && !user.has(Role.SUPERVISOR)) {
            throw new DomainException(403, next == CaseStatus.CLOSED ? "case.transition.closeSupervisorOnly"
                    : "case.transition.approveSupervisorOnly");
        }
        String note = reason == null || reason.isBlank() ? null : reason.trim();
        if (next == CaseStatus.CLOSED && closureReason == null) {
            throw new DomainException("case.transition.closureReasonRequired");
        }
        if (from == CaseStatus.CLOSED && note == null) {
            throw new DomainException("case.transition.reopenReasonRequired");
        }
        if (next == CaseStatus.PLAN && needs.count(id) == 0) {
            throw new DomainException("case.transition.assessmentMissing");
        }
        if (from == CaseStatus.PLAN && next == CaseStatus.IN_SERVICE && !plans.hasGoalWithAction(id)) {
            throw new DomainException("case.transition.planMissing");
        }
        var now = clock.instant();
        if (!cases.move(id, from, next, now, LocalDate.now(clock), closureReason, note)) {
            throw new DomainException(409, "case.transition.changedMeanwhile");
        }
        if (from == CaseStatus.PLAN && next == CaseStatus.IN_SERVICE) {
            cases.approvePlan(id, user.id(), now);
        }
        cases.recordTransition(id, from, next, next == CaseStatus.CLOSED ? closureReason : null, note, user.id(),
                user.getUsername());
        events.publishEvent(next == CaseStatus.CLOSED
                ? new CaseClosed(current.caseId(), current.reference(), from, closureReason.name())
                : new CaseStatusChanged(current.caseId(), current.reference(), from, next, note));
        return cases.byId(id).orElseThrow();
    }

    @Transactional
    public void addPerson(long id, PersonId person, PersonRole role) {
        ProtectionCase current = openForChange(id);
        PersonId live = people.require(person).personId();
        if (role == PersonRole.PRINCIPAL && cases.persons(id).stream()
                .anyMatch(p -> p.role() == PersonRole.PRINCIPAL && !p.person().equals(live))) {
            throw new DomainException("case.person.onePrincipal");
        }
        cases.addPerson(id, live, role);
        audit.record("CASE_PERSON_ADDED", ENTITY, current.reference(), "person " + live + " as " + role);
    }

    @Transactional
    public void removePerson(long id, PersonId person) {
        ProtectionCase current = openForChange(id);
        if (cases.removePerson(id, person)) {
            audit.record("CASE_PERSON_REMOVED", ENTITY, current.reference(), "person " + person);
        }
    }

    @Transactional
    public void addToTeam(long id, long userId) {
        ProtectionCase current = openForChange(id);
        if (!staff.mayWorkOn(userId, current.owningOfficeId())) {
            throw new DomainException("case.worker.invalid");
        }
        cases.addToTeam(id, userId);
        audit.record("CASE_TEAM_CHANGED", ENTITY, current.reference(), "user " + userId + " added to the team");
    }

    /**
     * Takes a member off the case team, by the same people who may add one. The assigned worker stays: whoever
     * holds the case is reassigned on the case form instead. On a restricted case the member loses sight of it.
     * Removing someone who is not on the team changes nothing.
     */
    @Transactional
    public void removeFromTeam(long id, long userId) {
        ProtectionCase current = openForChange(id);
        if (current.assignedWorkerId() != null && current.assignedWorkerId() == userId) {
            throw new DomainException(409, "case.team.assignedWorkerStays");
        }
        if (cases.removeFromTeam(id, userId)) {
            audit.record("CASE_TEAM_CHANGED", ENTITY, current.reference(),
                    "user " + userId + " removed from the team");
        }
    }

    @Transactional
    public void recordNeed(long id, NeedDomain domain, Severity severity, String description) {
        ProtectionCase current = openForChange(id);
        if (domain == null || severity == null) {
            throw new DomainException("case.need.required");
        }
        needs.record(id, domain, severity, blankToNull(description), CaseAccess.currentUser().id());
        audit.record("CASE_NEED_ASSESSED", ENTITY, current.reference(), domain + " " + severity);
    }

    @Transactional
    public long addGoal(long id, NeedDomain domain, String description) {
        ProtectionCase current = openForChange(id);
        long goal = plans.addGoal(id, domain, required(description, "case.goal.descriptionRequired"));
        audit.record("CASE_GOAL_ADDED", ENTITY, current.reference(), "goal " + goal);
        return goal;
    }

    @Transactional
    public long addAction(long id, long goalId, String description, Long ownerId, LocalDate dueOn) {
        ProtectionCase current = openForChange(id);
        if (!plans.goalBelongsTo(goalId, id)) {
            throw DomainException.notFound();
        }
        checkOwner(ownerId, current.owningOfficeId());
        long action = plans.addAction(goalId, required(description, "case.action.descriptionRequired"), ownerId,
                requiredDate(dueOn));
        audit.record("CASE_ACTION_ADDED", ENTITY, current.reference(), "action " + action + " due " + dueOn);
        return action;
    }

    @Transactional
    public void completeAction(long id, long actionId) {
        ProtectionCase current = openForChange(id);
        if (!plans.completeAction(id, actionId, LocalDate.now(clock))) {
            throw new DomainException("case.action.notOpen");
        }
        audit.record("CASE_ACTION_DONE", ENTITY, current.reference(), "action " + actionId);
    }

    @Transactional
    public long recordService(long id, ServicesDelivered.Delivery delivery) {
        ProtectionCase current = openForChange(id);
        checkService(delivery);
        if (delivery.deliveredOn().isAfter(LocalDate.now(clock))) {
            throw new DomainException("case.service.future");
        }
        long recorded = services.record(id, delivery, CaseAccess.currentUser().id());
        audit.record("CASE_SERVICE_RECORDED", ENTITY, current.reference(), delivery.type() + " on "
                + delivery.deliveredOn());
        return recorded;
    }

    /** Notes may be added to a closed case too: follow-up calls go on after closure. */
    @Transactional
    public long addNote(long id, String body, boolean confidential) {
        ProtectionCase current = access.write(id);
        StaffUser user = CaseAccess.currentUser();
        long note = notes.add(id, required(body, "case.note.bodyRequired"), confidential, user.id(),
                user.fullName());
        audit.record("CASE_NOTE_ADDED", ENTITY, current.reference(), confidential ? "confidential note" : "note");
        return note;
    }

    @Transactional
    public long addTask(long id, String title, LocalDate dueOn, Long assigneeId) {
        ProtectionCase current = openForChange(id);
        checkOwner(assigneeId, current.owningOfficeId());
        long task = tasks.add(id, required(title, "case.task.titleRequired"), requiredDate(dueOn), assigneeId,
                CaseAccess.currentUser().id());
        audit.record("CASE_TASK_ADDED", ENTITY, current.reference(), "task " + task + " due " + dueOn);
        return task;
    }

    @Transactional
    public void completeTask(long id, long taskId) {
        ProtectionCase current = access.write(id);
        if (!tasks.complete(id, taskId)) {
            throw new DomainException("case.task.notOpen");
        }
        audit.record("CASE_TASK_DONE", ENTITY, current.reference(), "task " + taskId);
    }

    private ProtectionCase openForChange(long id) {
        ProtectionCase current = access.write(id);
        if (!current.isOpen()) {
            throw new DomainException(409, "case.closed.noChanges");
        }
        return current;
    }

    private CaseType checkedType(CaseDetails details) {
        CaseType type = types.byId(details.typeId()).filter(t -> !t.isSubtype())
                .orElseThrow(() -> new DomainException("case.type.invalid"));
        if (details.subtypeId() != null && types.byId(details.subtypeId())
                .filter(s -> type.id().equals(s.parentId())).isEmpty()) {
            throw new DomainException("case.subtype.invalid");
        }
        if (details.summary() == null) {
            throw new DomainException("case.summary.required");
        }
        return type;
    }

    private void checkOwner(Long userId, long officeId) {
        if (userId == null) {
            throw new DomainException("case.owner.required");
        }
        checkWorker(userId, officeId);
    }

    private void checkWorker(Long userId, long officeId) {
        if (userId != null && !staff.mayWorkOn(userId, officeId)) {
            throw new DomainException("case.worker.invalid");
        }
    }

    private static void checkPersons(List<CasePerson> persons) {
        if (persons.stream().filter(p -> p.role() == PersonRole.PRINCIPAL).count() > 1) {
            throw new DomainException("case.person.onePrincipal");
        }
    }

    private static CaseDetails withRestricted(CaseDetails d) {
        return new CaseDetails(d.typeId(), d.subtypeId(), d.summary(), d.country(), d.city(), d.employer(),
                d.agency(), d.source(), d.vulnerabilities(), d.riskLevel(), d.owningOfficeId(), d.assignedWorkerId(),
                true);
    }

    private static DefaultMessageSourceResolvable status(CaseStatus status) {
        return new DefaultMessageSourceResolvable(status.messageKey());
    }

    private static void checkService(ServicesDelivered.Delivery d) {
        if (d.type() == null) {
            throw new DomainException("case.service.typeRequired");
        }
        if ((d.providerName() == null || d.providerName().isBlank()) && d.providerId() == null) {
            throw new DomainException("case.service.providerRequired");
        }
        if (d.deliveredOn() == null) {
            throw new DomainException("case.service.dateRequired");
        }
        if (d.quantity() < 1) {
            throw new DomainException("case.service.quantityInvalid");
        }
        if ((d.costMinor() == null) != (d.currency() == null) || (d.costMinor() != null && d.costMinor() < 0)
                || (d.currency() != null && !d.currency().matches("[A-Z]{3}"))) {
            throw new DomainException("case.service.costInvalid");
        }
    }

    private static String required(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(messageKey);
        }
        if (text.length() > 4000) {
            throw new DomainException("case.text.tooLong");
        }
        return text.trim();
    }

    private static LocalDate requiredDate(LocalDate date) {
        if (date == null) {
            throw new DomainException("case.dueDate.required");
        }
        return date;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
