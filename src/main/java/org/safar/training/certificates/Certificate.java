package org.safar.training.certificates;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.platform.Language;

/** A certificate as issued: what it certifies as printed, and whether and why it was revoked. */
public record Certificate(long id, String code, long enrolmentId, long personId, long courseId, String courseCode,
        long sessionId, String holderLatin, String holderCyrillic, int hours, LocalDate startsOn, LocalDate endsOn,
        LocalDate issuedOn, Instant revokedAt, String revokedReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    public PersonId holder() {
        return PersonId.of(personId);
    }

    /** The holder's name as printed, in the reader's script. */
    public String holderName(Locale reader) {
        return Language.pick(reader, holderLatin, holderCyrillic, holderCyrillic, holderLatin);
    }

    public String formattedCode() {
        return VerificationCode.format(code);
    }
}
