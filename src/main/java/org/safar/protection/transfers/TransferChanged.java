package org.safar.protection.transfers;

import org.safar.platform.audit.Auditable;

/**
 * A transfer was requested, refused or withdrawn (an accepted one is {@link org.safar.protection.CaseTransferred}).
 */
public record TransferChanged(long transferId, String caseReference, long toOfficeId, TransferStatus status)
        implements Auditable {

    @Override
    public String auditAction() {
        return "CASE_TRANSFER_" + status.name();
    }

    @Override
    public String auditEntityType() {
        return "ProtectionCase";
    }

    @Override
    public String auditEntityId() {
        return caseReference;
    }

    @Override
    public String auditSummary() {
        return "transfer " + transferId + " to office " + toOfficeId;
    }
}
