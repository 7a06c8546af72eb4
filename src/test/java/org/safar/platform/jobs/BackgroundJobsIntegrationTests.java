package org.safar.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Background jobs keep their progress in the database and fail with a reason, never with a stack trace. */
@SafarIntegrationTest
class BackgroundJobsIntegrationTests {

    @Autowired
    BackgroundJobs jobs;

    @Test
    void aJobThatReportsProgressEndsDoneWithItsCounts() throws Exception {
        long id = jobs.submit("TEST", "someone", jobId -> {
            jobs.total(jobId, 3);
            jobs.progress(jobId, 3, new JobCounts(2, 0, 1));
        });

        BackgroundJob job = finished(id);

        assertThat(job.status()).isEqualTo(JobStatus.DONE);
        assertThat(job.percent()).isEqualTo(100);
        assertThat(job.counts()).isEqualTo(new JobCounts(2, 0, 1));
        assertThat(job.startedAt()).isNotNull();
        assertThat(job.finishedAt()).isNotNull();
    }

    @Test
    void aJobThatBreaksFailsWithAGeneralReasonAndARefusedOneWithItsOwn() throws Exception {
        long broken = jobs.submit("TEST", "someone", jobId -> {
            throw new IllegalStateException("internal detail nobody should see");
        });
        long refused = jobs.submit("TEST", "someone", jobId -> {
            throw new DomainException("import.failed.header");
        });

        assertThat(finished(broken).reasonKey()).isEqualTo(BackgroundJobs.FAILED_UNEXPECTEDLY);
        assertThat(finished(refused).reasonKey()).isEqualTo("import.failed.header");
        assertThat(finished(refused).status()).isEqualTo(JobStatus.FAILED);
    }

    private BackgroundJob finished(long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            BackgroundJob job = jobs.find(id).orElseThrow();
            if (job.finished()) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + id + " did not finish");
    }
}
