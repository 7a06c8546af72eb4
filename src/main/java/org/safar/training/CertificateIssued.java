package org.safar.training;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/** A certificate was issued to a person who passed a course; {@code code} verifies it publicly. */
public record CertificateIssued(String code, PersonId holder, String courseCode) implements Auditable {

    @Override
    public String auditAction() {
        return "CERTIFICATE_ISSUED";
    }

    @Override
    public String auditEntityType() {
        return "Certificate";
    }

    @Override
    public String auditEntityId() {
        return code;
    }

    @Override
    public String auditSummary() {
        return "for " + courseCode + " to person " + holder;
    }
}
