package org.safar.protection.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.safar.protection.CaseId;
import org.safar.protection.CaseSource;
import org.safar.protection.CaseStatus;

/**
 * A protection case as recorded: what happened and where, to whom (see {@link ProtectionCases#persons}), how
 * urgent, which office owns it and who works on it, whether it is restricted to its team, and where it stands.
 */
public record ProtectionCase(long id, String reference, long typeId, Long subtypeId, String summary, String country,
        String city, String employer, String agency, CaseSource source, Set<Vulnerability> vulnerabilities,
        RiskLevel riskLevel, long owningOfficeId, Long assignedWorkerId, boolean restricted, CaseStatus status,
        LocalDate openedOn, Instant statusChangedAt, Instant planApprovedAt, Long planApprovedBy, LocalDate closedOn,
        ClosureReason closureReason, String closureNote, Long createdBy, Instant createdAt, Instant updatedAt) {

    public CaseId caseId() {
        return CaseId.of(id);
    }

    public boolean isOpen() {
        return status.isOpen();
    }

    /** The details as they would be entered again, for an edit form or an update. */
    public CaseDetails details() {
        return new CaseDetails(typeId, subtypeId, summary, country, city, employer, agency, source,
                vulnerabilities, riskLevel, owningOfficeId, assignedWorkerId, restricted);
    }
}
