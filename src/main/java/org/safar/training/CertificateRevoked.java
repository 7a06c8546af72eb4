package org.safar.training;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/** A certificate was revoked; the public verification page says so from now on. */
public record CertificateRevoked(String code, PersonId holder, String reason) implements Auditable {

    @Override
    public String auditAction() {
        return "CERTIFICATE_REVOKED";
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
        return "revoked: " + reason;
    }
}
