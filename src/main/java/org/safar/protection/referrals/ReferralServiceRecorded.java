package org.safar.protection.referrals;

import java.time.LocalDate;

import org.safar.platform.audit.Auditable;
import org.safar.protection.cases.ServiceType;

/** A provider recorded a service it delivered under a referral. */
public record ReferralServiceRecorded(long referralId, String reference, ServiceType type, LocalDate deliveredOn,
        int quantity) implements Auditable {

    @Override
    public String auditAction() {
        return "REFERRAL_SERVICE_RECORDED";
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
        return type + " x" + quantity + " on " + deliveredOn;
    }
}
