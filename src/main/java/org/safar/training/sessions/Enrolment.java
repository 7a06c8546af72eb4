package org.safar.training.sessions;

import java.math.BigDecimal;
import java.time.Instant;

import org.safar.people.PersonId;

/** A person's place in a session (or on its waiting list), with the result once recorded. */
public record Enrolment(long id, long sessionId, long personId, EnrolmentStatus status, Instant queuedAt,
        Result result, BigDecimal score, BigDecimal attendance, String certificateCode) {

    public PersonId person() {
        return PersonId.of(personId);
    }
}
