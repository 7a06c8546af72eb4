package org.safar.training.sessions;

/**
 * Whether a session still runs as planned or was cancelled. How far it has come (started, ended, results
 * recorded) follows from its dates and results, not from this.
 */
public enum SessionStatus {
    SCHEDULED, CANCELLED
}
