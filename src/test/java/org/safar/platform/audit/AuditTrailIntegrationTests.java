package org.safar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The chain holds, and every way of changing it behind the application's back is caught and named. */
@SafarIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    AuditTampering dba;

    @BeforeEach
    void tamperer() {
        dba = new AuditTampering(jdbc);
    }

    @Test
    void aFreshChainVerifiesIntact() {
        AuditEntry last = recordLines(1).get(0);

        AuditVerification verification = trail.verify();

        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isGreaterThanOrEqualTo(last.seq());
        assertThat(verification.summary()).startsWith("intact, ");
    }

    @Test
    void anEditedSummaryIsCaughtAtThatLineAsAltered() {
        AuditEntry middle = recordLines(3).get(1);

        dba.around(middle, () -> {
            dba.changeSummary(middle.seq(), "nothing happened here");
            assertBrokenAt(middle.seq(), "audit.verify.altered");
        });

        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aDeletedLineIsCaughtByItsMissingNumber() {
        AuditEntry middle = recordLines(3).get(1);

        dba.around(middle, () -> {
            dba.delete(middle.seq());
            assertBrokenAt(middle.seq(), "audit.verify.missing");
        });

        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aLineRewrittenWithARecomputedHashIsCaughtAtTheNextLine() {
        List<AuditEntry> lines = recordLines(3);
        AuditEntry middle = lines.get(1);

        dba.around(middle, () -> {
            dba.replace(AuditTampering.forge(middle, "nothing happened here", middle.prevHash()));
            assertBrokenAt(lines.get(2).seq(), "audit.verify.relinked");
        });

        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aLineRelinkedToAnotherPredecessorIsCaughtAtThatLine() {
        AuditEntry middle = recordLines(3).get(1);

        dba.around(middle, () -> {
            dba.replace(AuditTampering.forge(middle, middle.summary(), "f".repeat(64)));
            assertBrokenAt(middle.seq(), "audit.verify.relinked");
        });

        assertThat(trail.verify().intact()).isTrue();
    }

    /** Each attempt runs in a transaction that is rolled back, so the trail is safe even if a trigger were missing. */
    @Test
    void theDatabaseRefusesToUpdateDeleteOrTruncateALine() {
        long seq = recordLines(1).get(0).seq();

        assertRefused("update audit_event set summary = 'forged' where seq = " + seq);
        assertRefused("delete from audit_event where seq = " + seq);
        assertRefused("truncate audit_event");
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void linesAppendedFromSeveralThreadsAtOnceKeepTheChainIntact() throws Exception {
        String batch = UUID.randomUUID().toString();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                String actor = "writer-" + thread;
                writers.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        trail.record(actor, null, "TEST_CONCURRENT", "Batch", batch, "line " + i);
                    }
                    return null;
                });
            }
            for (Future<Void> writer : threads.invokeAll(writers)) {
                writer.get();
            }
        }
        finally {
            threads.shutdown();
        }

        assertThat(trail.count(new AuditFilter(null, "TEST_CONCURRENT", "Batch", batch, null, null))).isEqualTo(100);
        assertThat(trail.verify().intact()).isTrue();
    }

    private List<AuditEntry> recordLines(int count) {
        String id = UUID.randomUUID().toString();
        List<AuditEntry> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(trail.record(AuditTrail.SYSTEM, "127.0.0.1", "TEST_LINE", "Test", id, "line " + i));
        }
        return lines;
    }

    private void assertBrokenAt(long seq, String problem) {
        AuditVerification verification = trail.verify();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
        assertThat(verification.problem()).isEqualTo(problem);
    }

    private void assertRefused(String sql) {
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute(sql);
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
