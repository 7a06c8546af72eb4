package org.safar.protection;

import org.safar.platform.audit.Auditable;

/** A case was opened: its reference, type code, owning office and whether it is restricted to its team. */
public record CaseOpened(CaseId caseId, String reference, String typeCode, long owningOfficeId, boolean restricted)
        implements Auditable {

    @Override
    public String auditAction() {
        return "CASE_OPENED";
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
        return typeCode + ", office " + owningOfficeId + (restricted ? ", restricted" : "");
    }
}
