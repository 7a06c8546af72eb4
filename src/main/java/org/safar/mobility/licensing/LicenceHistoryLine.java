package org.safar.mobility.licensing;

import java.time.Instant;
import java.time.LocalDate;

/** One change of a licence: what was done, the status and expiry after it, why, by whom and when. */
public record LicenceHistoryLine(String action, String status, LocalDate expiresOn, String reason, String actor,
        Instant at) {
}
