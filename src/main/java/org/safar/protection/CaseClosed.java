package org.safar.protection;

import org.safar.platform.audit.Auditable;

/** A supervisor closed a case, for the stated reason code (such as {@code RESOLVED}). */
public record CaseClosed(CaseId caseId, String reference, CaseStatus closedFrom, String closureReason)
        implements Auditable {

    @Override
    public String auditAction() {
        return "CASE_CLOSED";
    }

    @Override
    public String auditEntityType() {
        return "ProtectionCase";
    }

    @Override
    public String auditEntityId() {
        return reference;
    }

    @Override
    public String auditSummary() {
        return "closed from " + closedFrom + ": " + closureReason;
    }
}
