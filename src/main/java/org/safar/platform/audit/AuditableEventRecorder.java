package org.safar.platform.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Writes a line for every {@link Auditable} event, inside the transaction that published it. */
@Component
class AuditableEventRecorder {

    private final AuditTrail trail;

    AuditableEventRecorder(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(Auditable event) {
        trail.record(event.auditAction(), event.auditEntityType(), event.auditEntityId(), event.auditSummary());
    }
}
