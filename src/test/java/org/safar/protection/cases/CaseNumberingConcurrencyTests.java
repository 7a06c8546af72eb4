package org.safar.protection.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.testing.SafarIntegrationTest;
import org.safar.protection.ProtectionCaseFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two officers opening cases at the same moment, one of them in a transaction that has already written to the
 * audit trail (an intake that records something first, a batch opening several cases): both cases are opened,
 * numbered one after the other. Before the audit chain's lock was taken ahead of the yearly counter, the pair
 * deadlocked and PostgreSQL aborted one of them.
 */
@SafarIntegrationTest
@Import(ProtectionCaseFixtures.class)
class CaseNumberingConcurrencyTests {

    @Autowired
    ProtectionCaseFixtures fixtures;

    @Autowired
    AuditTrail audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aCaseOpenedAfterAnAuditedChangeAndOneOpenedMeanwhileAreBothNumbered() throws Exception {
        CountDownLatch audited = new CountDownLatch(1);
        CompletableFuture<ProtectionCase> batch = CompletableFuture.supplyAsync(() -> fixtures.as("consul",
                () -> transactions.execute(status -> {
                    audit.record("TEST_BATCH_STARTED", "Test", null, "a change audited before the case");
                    audited.countDown();
                    pause(700);
                    return fixtures.rightsCase("consul");
                })));
        assertThat(audited.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<ProtectionCase> single = CompletableFuture.supplyAsync(
                () -> fixtures.rightsCase("consul"));

        ProtectionCase first = batch.get(60, TimeUnit.SECONDS);
        ProtectionCase second = single.get(60, TimeUnit.SECONDS);

        assertThat(first.reference()).isNotEqualTo(second.reference());
        assertThat(first.reference()).startsWith("CASE-");
        assertThat(second.reference()).startsWith("CASE-");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
