package org.safar.platform.jobs;

/** What a job has produced so far: records created, suspected duplicates, and items refused. */
public record JobCounts(long created, long duplicates, long errors) {

    public static final JobCounts NONE = new JobCounts(0, 0, 0);

    public JobCounts plusCreated() {
        return new JobCounts(created + 1, duplicates, errors);
    }

    public JobCounts plusDuplicate() {
        return new JobCounts(created, duplicates + 1, errors);
    }

    public JobCounts plusError() {
        return new JobCounts(created, duplicates, errors + 1);
    }
}
