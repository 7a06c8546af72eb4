package org.safar.protection;

import org.safar.platform.audit.Auditable;

/**
 * A case changed hands: the receiving office accepted the transfer, and now owns the case, assigned to the
 * officer who accepted it. Published for statistics (cases handed home on return) and audited.
 */
public record CaseTransferred(CaseId caseId, String reference, long fromOfficeId, long toOfficeId, long acceptedBy)
        implements Auditable {

    @Override
    public String auditAction() {
        return "CASE_TRANSFERRED";
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
        return "from office " + fromOfficeId + " to office " + toOfficeId;
    }
}
