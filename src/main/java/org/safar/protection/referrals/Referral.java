package org.safar.protection.referrals;

import java.time.Instant;

import org.safar.people.PersonId;
import org.safar.protection.cases.ServiceType;

/**
 * A case's person sent to a service provider for a service, with a note written for the provider. The provider's
 * partner accounts answer it; the referring side may cancel it while it is open, saying why. See
 * {@link ReferralStatus}.
 */
public record Referral(long id, String reference, long caseId, PersonId person, long providerId,
        ServiceType serviceType, String note, boolean urgent, ReferralStatus status, long sentBy, Instant sentAt,
        Instant answeredAt, String declineReason, Instant completedAt, String completionNote, Long cancelledBy,
        Instant cancelledAt, String cancelReason) {
}
