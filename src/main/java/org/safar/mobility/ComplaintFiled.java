package org.safar.mobility;

import org.safar.people.PersonId;
import org.safar.platform.audit.Auditable;

/**
 * Staff took a complaint against an agency or an employer (one of them may be null). A protection module may
 * open a case for it and tell {@link Complaints#linkCase} the case's reference. {@code person} is null when the
 * complainant is not in the registry.
 */
public record ComplaintFiled(long complaintId, String reference, Long agencyId, String agencyName, Long employerId,
        String employerName, PersonId person, String country, String summary, long officeId) implements Auditable {

    @Override
    public String auditAction() {
        return "COMPLAINT_FILED";
    }

    @Override
    public String auditEntityType() {
        return "Complaint";
    }

    @Override
    public String auditEntityId() {
        return reference;
    }

    @Override
    public String auditSummary() {
        return (agencyName != null ? "against agency " + agencyName : "against employer " + employerName)
                + (country != null ? " (" + country + ")" : "");
    }
}
