package org.safar.training;

import org.safar.platform.audit.Auditable;

/** The results of a session were worked out from scores and attendance. */
public record ResultsRecorded(long session, int passed, int failed, int incomplete) implements Auditable {

    @Override
    public String auditAction() {
        return "RESULTS_RECORDED";
    }

    @Override
    public String auditEntityType() {
        return "TrainingSession";
    }

    @Override
    public String auditEntityId() {
        return Long.toString(session);
    }

    @Override
    public String auditSummary() {
        return passed + " passed, " + failed + " failed, " + incomplete + " incomplete";
    }
}
