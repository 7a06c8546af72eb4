package org.safar.protection.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.safar.protection.CaseSource;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseNotes;
import org.safar.protection.cases.CaseTasks;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.Needs;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.Plans;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.ServicesDelivered;
import org.safar.protection.cases.Transition;
import org.safar.protection.cases.Vulnerability;

/** A case with everything the caller may see of it. Confidential notes only for the team and supervisors. */
record CaseDocument(long id, String reference, String typeCode, String subtypeCode, String type, String summary,
        String country, String city, String employer, String agency, CaseSource source,
        Set<Vulnerability> vulnerabilities, RiskLevel riskLevel, long owningOfficeId, String owningOfficeCode,
        Long assignedWorkerId, String assignedWorkerName, List<Member> team, boolean restricted, CaseStatus status,
        Set<CaseStatus> nextSteps, LocalDate openedOn, Instant planApprovedAt, LocalDate closedOn,
        ClosureReason closureReason, String closureNote, List<Person> persons, List<Needs.Need> needs,
        List<Plans.Goal> goals, List<ServicesDelivered.Delivery> services, List<CaseTasks.Task> tasks,
        List<CaseNotes.Note> notes, List<Transition> transitions) {

    /** A staff member on the case team besides the assigned worker. */
    record Member(long userId, String name) {
    }

    /** A person on the case. */
    record Person(long personId, String reference, String name, PersonRole role) {
    }
}
