package org.safar.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * The hashing rule of the trail: each line's hash covers every field and the previous line's hash, so editing,
 * removing or inserting a line breaks the chain from that line on.
 */
public final class AuditChain {

    /** The previous hash of the first line. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    static String hash(long seq, Instant occurredAt, String actor, String address, String action, String entityType,
            String entityId, String summary, String prevHash) {
        StringBuilder content = new StringBuilder();
        Stream.of(Long.toString(seq), occurredAt.toString(), actor, address, action, entityType, entityId, summary,
                prevHash).forEach(field -> appendField(content, field));
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String hashOf(AuditEntry entry) {
        return hash(entry.seq(), entry.occurredAt(), entry.actor(), entry.address(), entry.action(),
                entry.entityType(), entry.entityId(), entry.summary(), entry.prevHash());
    }

    /** Length-prefixed, so that no two different lines produce the same text to hash; null differs from empty. */
    private static void appendField(StringBuilder content, String field) {
        if (field == null) {
            content.append("-1:");
        }
        else {
            content.append(field.length()).append(':').append(field);
        }
        content.append('|');
    }
}
