package org.safar.training.sessions;

/**
 * Where a person stands in a session: holding a place, waiting for one, or gone. {@code CANCELLED} is never
 * stored: it is how a place or a wait in a cancelled session reads, while the stored status keeps what it was.
 */
public enum EnrolmentStatus {
    ENROLLED, WAITING, WITHDRAWN, CANCELLED
}
