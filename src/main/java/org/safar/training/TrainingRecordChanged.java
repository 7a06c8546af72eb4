package org.safar.training;

import org.safar.platform.audit.Auditable;

/** A course, centre, room, session, attendance mark or score was created or changed; {@code action}
 * is a code such as {@code COURSE_UPDATED} or {@code ATTENDANCE_MARKED}. */
public record TrainingRecordChanged(String action, String entityType, String entityId, String summary) implements Auditable {

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
