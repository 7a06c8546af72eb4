package org.safar.training;

import org.safar.platform.audit.Auditable;

/** A session of a course was scheduled at a centre. */
public record SessionScheduled(long session, String reference, String courseCode) implements Auditable {

    @Override
    public String auditAction() {
        return "SESSION_SCHEDULED";
    }

    @Override
    public String auditEntityType() {
        return "TrainingSession";
    }

    @Override
    public String auditEntityId() {
        return reference;
    }

    @Override
    public String auditSummary() {
        return courseCode + " scheduled";
    }
}
