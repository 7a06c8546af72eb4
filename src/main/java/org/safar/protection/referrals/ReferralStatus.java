package org.safar.protection.referrals;

import java.util.Set;

/** Where a referral stands: sent to the provider, accepted or declined by it, completed once served. */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, COMPLETED;

    /** The moves a referral may make: sent → accepted or declined, accepted → completed. */
    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case SENT -> Set.of(ACCEPTED, DECLINED).contains(next);
            case ACCEPTED -> next == COMPLETED;
            case DECLINED, COMPLETED -> false;
        };
    }

    /** Still expecting something from the provider. */
    public boolean open() {
        return this == SENT || this == ACCEPTED;
    }

    public String messageKey() {
        return "referral.status." + name();
    }
}
