package org.safar.training;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/** A place freed and the first person on the waiting list took it. */
public record EnrolmentMovedUp(long session, PersonId person) implements Auditable {

    @Override
    public String auditAction() {
        return "ENROLMENT_MOVED_UP";
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
        return "person " + person + " moved up from the waiting list";
    }
}
