package org.safar.protection.referrals;

import java.time.LocalDate;

import org.safar.protection.cases.ServiceType;

/** A service a provider recorded as delivered under a referral. */
public record DeliveredService(long id, ServiceType type, LocalDate deliveredOn, int quantity, String note,
        String recordedBy) {
}
