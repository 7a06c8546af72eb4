package org.safar.protection;

import org.safar.platform.audit.Auditable;

/**
 * A case moved through the workflow other than by closing ({@link CaseClosed}): a step forward or back, a plan
 * approved, or a closed case reopened. The reason stays with the case (it may name people); the trail says who
 * moved what, when.
 */
public record CaseStatusChanged(CaseId caseId, String reference, CaseStatus from, CaseStatus to, String reason)
        implements Auditable {

    @Override
    public String auditAction() {
        if (from == CaseStatus.CLOSED) {
            return "CASE_REOPENED";
        }
        return from == CaseStatus.PLAN && to == CaseStatus.IN_SERVICE ? "CASE_PLAN_APPROVED" : "CASE_STATUS_CHANGED";
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
        return from + " → " + to;
    }
}
