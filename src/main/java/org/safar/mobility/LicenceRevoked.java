package org.safar.mobility;

import org.safar.platform.audit.Auditable;

/** A licensing officer revoked an agency's licence for good; its open vacancies were closed. */
public record LicenceRevoked(long agencyId, String licenceNumber, String reason, int vacanciesClosed)
        implements Auditable {

    @Override
    public String auditAction() {
        return "LICENCE_REVOKED";
    }

    @Override
    public String auditEntityType() {
        return "Licence";
    }

    @Override
    public String auditEntityId() {
        return licenceNumber;
    }

    @Override
    public String auditSummary() {
        return "agency " + agencyId + ": " + reason + " (" + vacanciesClosed + " vacancies closed)";
    }
}
