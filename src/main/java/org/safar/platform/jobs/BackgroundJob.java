package org.safar.platform.jobs;

import java.time.Instant;

/**
 * A background job as shown to its owner: its kind (e.g. {@code PEOPLE_IMPORT}), who started it, where it stands,
 * how far it got and, when it failed, the message key of the reason.
 */
public record BackgroundJob(long id, String kind, String owner, JobStatus status, Long total, long processed,
        JobCounts counts, String reasonKey, String resultRef, Instant createdAt, Instant startedAt,
        Instant finishedAt) {

    /** Percentage done, 0–100; unknown totals count as 0 until the job is finished. */
    public int percent() {
        if (status == JobStatus.DONE) {
            return 100;
        }
        if (total == null || total == 0) {
            return 0;
        }
        return (int) Math.min(100, processed * 100 / total);
    }

    public boolean finished() {
        return status.finished();
    }
}
