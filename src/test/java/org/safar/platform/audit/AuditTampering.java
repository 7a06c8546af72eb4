package org.safar.platform.audit;

import java.sql.Timestamp;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database administrator could do to the trail behind the application's back, and its undoing. The
 * whole suite shares one database, so every tampering puts the line back exactly and re-enables the
 * append-only triggers, whatever happens in between.
 */
public final class AuditTampering {

    private final JdbcTemplate jdbc;

    public AuditTampering(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs {@code tamperAndCheck} with the triggers disabled, then restores {@code original} and the triggers. */
    public void around(AuditEntry original, Runnable tamperAndCheck) {
        jdbc.execute("alter table audit_event disable trigger user");
        try {
            tamperAndCheck.run();
        }
        finally {
            try {
                restore(original);
            }
            finally {
                jdbc.execute("alter table audit_event enable trigger user");
            }
        }
    }

    public void changeSummary(long seq, String summary) {
        jdbc.update("update audit_event set summary = ? where seq = ?", summary, seq);
    }

    public void delete(long seq) {
        jdbc.update("delete from audit_event where seq = ?", seq);
    }

    /** Replaces a line by another with the same seq, as a forger who knows the hashing rule would. */
    public void replace(AuditEntry forged) {
        restore(forged);
    }

    /** A copy of {@code line} with another summary and previous hash, its own hash recomputed to match. */
    public static AuditEntry forge(AuditEntry line, String summary, String prevHash) {
        String hash = AuditChain.hash(line.seq(), line.occurredAt(), line.actor(), line.address(), line.action(),
                line.entityType(), line.entityId(), summary, prevHash);
        return new AuditEntry(line.seq(), line.occurredAt(), line.actor(), line.address(), line.action(),
                line.entityType(), line.entityId(), summary, prevHash, hash);
    }

    private void restore(AuditEntry line) {
        jdbc.update("delete from audit_event where seq = ?", line.seq());
        jdbc.update("""
                insert into audit_event (seq, occurred_at, actor, address, action, entity_type, entity_id, summary,
                                         prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", line.seq(), Timestamp.from(line.occurredAt()),
                line.actor(), line.address(), line.action(), line.entityType(), line.entityId(), line.summary(),
                line.prevHash(), line.hash());
    }
}
