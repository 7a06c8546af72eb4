package org.safar.platform.audit;

/**
 * A domain event that leaves a line in the audit trail. Business modules let their events implement this
 * interface; the platform records them in the publishing transaction without knowing the concrete types.
 */
public interface Auditable {

    /** What happened, as a stable code such as {@code CASE_CLOSED}. */
    String auditAction();

    /** The kind of record concerned, such as {@code ProtectionCase}. */
    String auditEntityType();

    /** The record's id or human reference. */
    String auditEntityId();

    /** A short, secret-free description for the reader of the trail. */
    String auditSummary();
}
