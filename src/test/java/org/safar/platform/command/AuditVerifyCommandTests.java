package org.safar.platform.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safar.platform.audit.AuditEntry;
import org.safar.platform.audit.AuditTampering;
import org.safar.platform.audit.AuditTrail;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** What {@code bin/safar audit verify} prints and the status it exits with, checked without leaving the JVM. */
@SafarIntegrationTest
class AuditVerifyCommandTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    MessageSource messages;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    AuditVerifyCommand command() {
        return new AuditVerifyCommand(trail, messages, context);
    }

    @Test
    void anIntactChainPrintsHowManyLinesWereCheckedAndExitsWithZero() {
        AuditVerifyCommand.Outcome outcome = command().check();

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.text()).startsWith("The chain is intact: lines checked: ");
    }

    @Test
    void aBrokenChainNamesTheLineAndTheProblemAndExitsWithOne() {
        String id = UUID.randomUUID().toString();
        AuditEntry edited = trail.record(AuditTrail.SYSTEM, null, "TEST_LINE", "Test", id, "original");
        trail.record(AuditTrail.SYSTEM, null, "TEST_LINE", "Test", id, "after");
        AuditTampering dba = new AuditTampering(jdbc);

        dba.around(edited, () -> {
            dba.changeSummary(edited.seq(), "forged");
            AuditVerifyCommand.Outcome outcome = command().check();
            assertThat(outcome.exitCode()).isEqualTo(1);
            assertThat(outcome.text()).isEqualTo("The chain is broken at line #" + edited.seq()
                    + ": the line was altered after it was written.");
        });

        assertThat(command().check().exitCode()).isZero();
    }
}
