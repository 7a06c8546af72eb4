package org.safar.platform.audit;

import java.time.LocalDate;

/**
 * What an auditor looks for; every field is optional.
 *
 * @param from first day, inclusive, in the reader's time zone
 * @param to last day, inclusive
 */
public record AuditFilter(String actor, String action, String entityType, String entityId, LocalDate from,
        LocalDate to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
