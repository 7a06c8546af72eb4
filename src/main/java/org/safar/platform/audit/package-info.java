/**
 * The append-only, hash-chained audit trail: {@link org.safar.platform.audit.AuditTrail} records,
 * business events that implement {@link org.safar.platform.audit.Auditable} are recorded for them.
 */
@org.springframework.modulith.NamedInterface("audit")
package org.safar.platform.audit;
