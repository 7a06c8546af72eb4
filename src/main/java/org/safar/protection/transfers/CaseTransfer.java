package org.safar.protection.transfers;

import java.time.Instant;

/**
 * A request to hand a case from its owning office to another, and the receiving office's answer — or the sending
 * office's withdrawal, with its reason, before any answer.
 */
public record CaseTransfer(long id, long caseId, long fromOfficeId, long toOfficeId, String reason,
        TransferStatus status, long requestedBy, Instant requestedAt, Long decidedBy, Instant decidedAt,
        String refusalReason, Long withdrawnBy, Instant withdrawnAt, String withdrawalReason) {

    public boolean waiting() {
        return status == TransferStatus.REQUESTED;
    }
}
