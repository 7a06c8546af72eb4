package org.safar.protection.referrals;

import java.util.Set;

/**
 * Where a referral stands: sent to the provider, accepted or declined by it, completed once served — or cancelled by
 * the referring side while it was still open.
 */
public enum ReferralStatus {
    SENT, ACCEPTED, DECLINED, COMPLETED, CANCELLED;

    /** The moves a referral may make: sent → accepted, declined or cancelled; accepted → completed or cancelled. */
    public boolean canMoveTo(ReferralStatus next) {
        return switch (this) {
            case SENT -> Set.of(ACCEPTED, DECLINED, CANCELLED).contains(next);
            case ACCEPTED -> Set.of(COMPLETED, CANCELLED).contains(next);
            case DECLINED, COMPLETED, CANCELLED -> false;
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
