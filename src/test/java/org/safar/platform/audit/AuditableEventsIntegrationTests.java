package org.safar.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** A business event that implements {@link Auditable} leaves a line, in the transaction that published it. */
@SafarIntegrationTest
class AuditableEventsIntegrationTests {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditTrail trail;

    record ParcelDelivered(String parcel) implements Auditable {

        @Override
        public String auditAction() {
            return "PARCEL_DELIVERED";
        }

        @Override
        public String auditEntityType() {
            return "Parcel";
        }

        @Override
        public String auditEntityId() {
            return parcel;
        }

        @Override
        public String auditSummary() {
            return "delivered to the consulate";
        }
    }

    @Test
    void anAuditableEventPublishedInATransactionLeavesALine() {
        String parcel = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> events.publishEvent(new ParcelDelivered(parcel)));

        assertThat(trail.search(linesAbout(parcel), 0, 10)).singleElement().satisfies(line -> {
            assertThat(line.action()).isEqualTo("PARCEL_DELIVERED");
            assertThat(line.actor()).isEqualTo(AuditTrail.SYSTEM);
            assertThat(line.summary()).isEqualTo("delivered to the consulate");
        });
        assertThat(trail.verify().intact()).isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNoLine() {
        String parcel = UUID.randomUUID().toString();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ParcelDelivered(parcel));
            status.setRollbackOnly();
        });

        assertThat(trail.count(linesAbout(parcel))).isZero();
        assertThat(trail.verify().intact()).isTrue();
    }

    private static AuditFilter linesAbout(String parcel) {
        return new AuditFilter(null, "PARCEL_DELIVERED", "Parcel", parcel, null, null);
    }
}
