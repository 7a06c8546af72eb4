package org.safar.training;

import java.time.LocalDate;

import org.safar.people.PersonId;

/** A valid (issued, not revoked) certificate of a person for a course, with the code that verifies it. */
public record CertificateSummary(String code, String courseCode, PersonId holder, LocalDate issuedOn, int hours) {
}
