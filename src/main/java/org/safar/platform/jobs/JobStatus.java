package org.safar.platform.jobs;

/** Where a background job stands. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
