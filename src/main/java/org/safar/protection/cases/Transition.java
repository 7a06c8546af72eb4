package org.safar.protection.cases;

import java.time.Instant;

import org.safar.protection.CaseStatus;

/** One move through the workflow: from where to where, why (a closure's reason code and a note), by whom, when. */
public record Transition(CaseStatus from, CaseStatus to, ClosureReason closureReason, String reason, String actor,
        Instant occurredAt) {
}
