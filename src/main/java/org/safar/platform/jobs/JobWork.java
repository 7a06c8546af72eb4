package org.safar.platform.jobs;

/**
 * The work of one job, given its id to report progress with {@link BackgroundJobs#progress}. Throwing a
 * {@link org.safar.platform.DomainException} fails the job with the exception's message key; anything else fails
 * it with a general reason and is logged, never shown.
 */
@FunctionalInterface
public interface JobWork {

    void run(long jobId) throws Exception;
}
