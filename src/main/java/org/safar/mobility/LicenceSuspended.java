package org.safar.mobility;

import org.safar.platform.audit.Auditable;

/** A licensing officer suspended an agency's licence; its vacancies left the public list at once. */
public record LicenceSuspended(long agencyId, String licenceNumber, String reason, int vacanciesUnpublished)
        implements Auditable {

    @Override
    public String auditAction() {
        return "LICENCE_SUSPENDED";
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
        return "agency " + agencyId + ": " + reason + " (" + vacanciesUnpublished + " vacancies unpublished)";
    }
}
