package org.safar.training;

import java.time.LocalDate;
import java.util.List;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/**
 * A session was cancelled before it finished, with a reason. It names the people who held a place and those
 * who waited for one, so that someone (a notification, a case worker) can tell them; their enrolments are kept
 * and read as cancelled.
 */
public record TrainingSessionCancelled(long session, String reference, String courseCode, LocalDate startsOn,
        LocalDate endsOn, List<PersonId> enrolled, List<PersonId> waiting, String reason) implements Auditable {

    public TrainingSessionCancelled {
        enrolled = List.copyOf(enrolled);
        waiting = List.copyOf(waiting);
    }

    @Override
    public String auditAction() {
        return "SESSION_CANCELLED";
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
        return courseCode + " from " + startsOn + " cancelled (" + enrolled.size() + " enrolled, " + waiting.size()
                + " waiting): " + reason;
    }
}
