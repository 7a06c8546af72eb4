package org.safar.mobility;

import org.safar.platform.audit.Auditable;

/**
 * Any other change to the module's records — an agency registered, a licence granted or renewed, a vacancy moved
 * through its workflow, an application's status — as one audited fact: what happened, to which record, and a
 * short secret-free summary.
 */
public record MobilityRecordChanged(String action, String entityType, String entityId, String summary)
        implements Auditable {

    @Override
    public String auditAction() {
        return action;
    }

    @Override
    public String auditEntityType() {
        return entityType;
    }

    @Override
    public String auditEntityId() {
        return entityId;
    }

    @Override
    public String auditSummary() {
        return summary;
    }
}
