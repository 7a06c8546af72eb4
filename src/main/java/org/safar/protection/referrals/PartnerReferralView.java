package org.safar.protection.referrals;

import java.time.Instant;
import java.util.List;

import org.safar.protection.cases.ServiceType;

/**
 * A referral as its provider's partner sees it: only what serving the person needs — who they are (name in the
 * reader's script, sex, birth year), where they are (city, and country named in the reader's language), the
 * service asked and the note written for the provider, and whom to call back. Built field by field, so nothing
 * added to a case reaches partners by accident: no case notes, no other referrals, no documents. A cancelled
 * referral says when and why the referring side cancelled it.
 */
public record PartnerReferralView(long id, String reference, ReferralStatus status, ServiceType serviceType,
        String note, boolean urgent, Instant sentAt, String personName, String sex, Integer birthYear, String country,
        String city, String referringOffice, String referredBy, String referredByEmail, String declineReason,
        String completionNote, Instant cancelledAt, String cancelReason, List<DeliveredService> services) {
}
