package org.safar.platform.audit;

import java.time.Instant;

/**
 * One line of the audit trail, as stored.
 *
 * @param seq position in the chain, starting at 1, without gaps
 * @param prevHash hash of the line before ({@link AuditChain#GENESIS} for the first)
 * @param hash SHA-256 over this line's content and {@code prevHash}
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String address, String action,
        String entityType, String entityId, String summary, String prevHash, String hash) {
}
