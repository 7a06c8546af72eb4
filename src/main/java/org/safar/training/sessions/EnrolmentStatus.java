package org.safar.training.sessions;

/** Where a person stands in a session: holding a place, waiting for one, or gone. */
public enum EnrolmentStatus {
    ENROLLED, WAITING, WITHDRAWN
}
