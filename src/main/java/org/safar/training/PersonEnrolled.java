package org.safar.training;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/** A person was enrolled in a session, or put on its waiting list when it was full. */
public record PersonEnrolled(long session, PersonId person, boolean waiting) implements Auditable {

    @Override
    public String auditAction() {
        return "PERSON_ENROLLED";
    }

    @Override
    public String auditEntityType() {
        return "TrainingSession";
    }

    @Override
    public String auditEntityId() {
        return Long.toString(session);
    }

    @Override
    public String auditSummary() {
        return "person " + person + (waiting ? " on the waiting list" : " enrolled");
    }
}
