package org.safar.protection.referrals;

import java.util.List;

/**
 * A referral as case staff see it on the case page and in lists: with the provider's and the person's names, and
 * who cancelled it, if it was cancelled.
 */
public record StaffReferralView(Referral referral, String caseReference, String providerName, String personName,
        String sentBy, String cancelledBy, List<DeliveredService> services) {
}
