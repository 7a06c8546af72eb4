package org.safar.protection.referrals;

import org.safar.platform.audit.Auditable;

/** A referral was sent, accepted, declined, completed or cancelled. */
public record ReferralChanged(long referralId, String reference, String caseReference, long providerId,
        ReferralStatus status) implements Auditable {

    @Override
    public String auditAction() {
        return "REFERRAL_" + status.name();
    }

    @Override
    public String auditEntityType() {
        return "Referral";
    }

    @Override
    public String auditEntityId() {
        return reference;
    }

    @Override
    public String auditSummary() {
        return "case " + caseReference + ", provider " + providerId + ": " + status.name().toLowerCase();
    }
}
