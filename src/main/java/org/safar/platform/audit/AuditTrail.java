package org.safar.platform.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the audit trail. A line is written in the caller's transaction, so a change that rolls back
 * leaves no line; lines are appended one at a time under an advisory lock, which keeps the chain gap-free.
 */
@Service
public class AuditTrail {

    /** Actor recorded for work the system does on its own (jobs, start-up). */
    public static final String SYSTEM = "system";

    private static final long CHAIN_LOCK = 0x5AFA_A0D1L;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = jdbc;
        // its own template: reading the chain in batches must not change the fetch size of the shared one
        this.jdbcTemplate = new JdbcTemplate(jdbcTemplate.getDataSource());
        this.jdbcTemplate.setFetchSize(1000);
        this.clock = clock;
    }

    /**
     * Takes the chain's lock now, for the rest of the transaction. Every audited change takes it when it writes
     * its line; a transaction that also locks a row other writers share (a yearly counter) must take the chain's
     * lock first, so that all of them take the two in the same order — otherwise one holding the row and waiting
     * for the chain and another holding the chain (from an earlier line) and waiting for the row deadlock.
     */
    @Transactional
    public void lockChain() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
    }

    /** Records an action of the signed-in user (or the system) from the current request's address. */
    @Transactional
    public AuditEntry record(String action, String entityType, Object entityId, String summary) {
        return record(currentActor(), currentAddress(), action, entityType, entityId, summary);
    }

    /** Records an action of a named actor, for events where nobody is signed in yet (a failed login). */
    @Transactional
    public AuditEntry record(String actor, String address, String action, String entityType, Object entityId,
            String summary) {
        lockChain();
        record Last(long seq, String hash) {
        }
        Last last = jdbc.sql("select seq, hash from audit_event order by seq desc limit 1")
                .query(Last.class).optional().orElse(new Last(0, AuditChain.GENESIS));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String id = entityId == null ? null : entityId.toString();
        String shortSummary = summary == null || summary.length() <= 500 ? summary : summary.substring(0, 500);
        long seq = last.seq() + 1;
        String hash = AuditChain.hash(seq, now, actor, address, action, entityType, id, shortSummary, last.hash());
        jdbc.sql("""
                insert into audit_event (seq, occurred_at, actor, address, action, entity_type, entity_id, summary,
                                         prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, Timestamp.from(now), actor, address, action, entityType, id, shortSummary,
                        last.hash(), hash)
                .update();
        return new AuditEntry(seq, now, actor, address, action, entityType, id, shortSummary, last.hash(), hash);
    }

    /** One page of lines matching the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditFilter filter, int offset, int limit) {
        return AuditQueries.search(jdbc, filter, clock.getZone(), offset, limit);
    }

    @Transactional(readOnly = true)
    public long count(AuditFilter filter) {
        return AuditQueries.count(jdbc, filter, clock.getZone());
    }

    /** Reads the whole chain in order and names the first line that does not fit. */
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        ChainCheck check = new ChainCheck();
        jdbcTemplate.query("""
                select seq, occurred_at, actor, address, action, entity_type, entity_id, summary, prev_hash, hash
                from audit_event order by seq""", (RowCallbackHandler) rs -> check.accept(new AuditEntry(
                rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10))));
        return check.result();
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getName();
    }

    static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    /** Walks the chain line by line, remembering the first break. */
    private static final class ChainCheck {

        private long checked;
        private long expectedSeq = 1;
        private String previousHash = AuditChain.GENESIS;
        private AuditVerification broken;

        void accept(AuditEntry entry) {
            if (broken != null) {
                return;
            }
            checked++;
            if (entry.seq() != expectedSeq) {
                broken = AuditVerification.brokenAt(checked, expectedSeq, "audit.verify.missing");
            }
            else if (!entry.prevHash().equals(previousHash)) {
                broken = AuditVerification.brokenAt(checked, entry.seq(), "audit.verify.relinked");
            }
            else if (!AuditChain.hashOf(entry).equals(entry.hash())) {
                broken = AuditVerification.brokenAt(checked, entry.seq(), "audit.verify.altered");
            }
            expectedSeq = entry.seq() + 1;
            previousHash = entry.hash();
        }

        AuditVerification result() {
            return broken != null ? broken : AuditVerification.intact(checked);
        }
    }
}
