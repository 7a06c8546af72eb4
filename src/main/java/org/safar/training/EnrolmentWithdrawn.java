package org.safar.training;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/** A person left a session (or its waiting list); their place, if they had one, frees. */
public record EnrolmentWithdrawn(long session, PersonId person) implements Auditable {

    @Override
    public String auditAction() {
        return "ENROLMENT_WITHDRAWN";
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
        return "person " + person + " withdrawn";
    }
}
