package org.safar.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;

import org.safar.platform.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;

/**
 * Runs long work in the background, two jobs at a time on this node, and keeps every job's status, progress and
 * counts in {@code background_job}. The work runs as the staff member who submitted it. A job that fails is marked
 * FAILED with a message key; the exception goes to the log only. Jobs that a stopped node left unfinished are
 * marked FAILED ("interrupted") when a node starts: their work is written to be run again safely.
 *
 * <p>The pool is this service's own, not a Spring bean, so that it never becomes the executor of asynchronous
 * event listeners.
 */
@Service
public class BackgroundJobs implements DisposableBean {

    public static final String FAILED_UNEXPECTEDLY = "job.failed.unexpected";
    public static final String INTERRUPTED = "job.failed.interrupted";
    public static final String TOO_BUSY = "job.failed.busy";

    private static final Logger log = LoggerFactory.getLogger(BackgroundJobs.class);
    private static final String COLUMNS = """
            id, kind, owner, status, total, processed, created, duplicates, errors, reason_key, result_ref,
            created_at, started_at, finished_at""";

    private final JdbcClient jdbc;
    private final ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
    private final String runner = UUID.randomUUID().toString();
    private final Duration quietBeforeInterrupted;

    BackgroundJobs(JdbcClient jdbc, @Value("${safar.jobs.interrupted-after:0s}") Duration quietBeforeInterrupted) {
        this.jdbc = jdbc;
        this.quietBeforeInterrupted = quietBeforeInterrupted;
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(100);
        pool.setThreadNamePrefix("background-job-");
        pool.initialize();
    }

    /** Records a job of {@code kind} for {@code owner} and queues its work; returns the job's id. */
    public long submit(String kind, String owner, JobWork work) {
        long id = jdbc.sql("insert into background_job (kind, owner, runner) values (?, ?, ?) returning id")
                .params(kind, owner, runner).query(Long.class).single();
        try {
            pool.execute(new DelegatingSecurityContextRunnable(() -> run(id, work)));
        }
        catch (RejectedExecutionException full) {
            finish(id, JobStatus.FAILED, TOO_BUSY);
        }
        return id;
    }

    private void run(long id, JobWork work) {
        jdbc.sql("update background_job set status = 'RUNNING', started_at = now(), updated_at = now() where id = ?")
                .param(id).update();
        try {
            work.run(id);
            finish(id, JobStatus.DONE, null);
        }
        catch (DomainException refused) {
            finish(id, JobStatus.FAILED, refused.messageKey());
        }
        catch (Exception | Error failure) {
            log.error("Background job {} failed", id, failure);
            finish(id, JobStatus.FAILED, FAILED_UNEXPECTEDLY);
        }
    }

    /** How many items the job has in all, once known. */
    public void total(long jobId, long total) {
        jdbc.sql("update background_job set total = ?, updated_at = now() where id = ?").params(total, jobId)
                .update();
    }

    public void progress(long jobId, long processed) {
        jdbc.sql("update background_job set processed = ?, updated_at = now() where id = ?")
                .params(processed, jobId).update();
    }

    public void progress(long jobId, long processed, JobCounts counts) {
        jdbc.sql("""
                update background_job set processed = ?, created = ?, duplicates = ?, errors = ?, updated_at = now()
                where id = ?""")
                .params(processed, counts.created(), counts.duplicates(), counts.errors(), jobId).update();
    }

    /** What the job produced, in its kind's terms (for an import, the file's sha-256). */
    public void result(long jobId, String reference) {
        jdbc.sql("update background_job set result_ref = ?, updated_at = now() where id = ?")
                .params(reference, jobId).update();
    }

    public Optional<BackgroundJob> find(long jobId) {
        return jdbc.sql("select " + COLUMNS + " from background_job where id = ?").param(jobId)
                .query(BackgroundJobs::map).optional();
    }

    /**
     * Marks FAILED ("interrupted") the jobs that another run of Safar accepted and never finished. Called when this
     * node is ready. With several nodes, set {@code safar.jobs.interrupted-after} (e.g. {@code 5m}) so that a job
     * another live node is running counts as interrupted only once it has reported no progress for that long.
     */
    @EventListener(ApplicationReadyEvent.class)
    public int failInterrupted() {
        int failed = jdbc.sql("""
                update background_job set status = 'FAILED', reason_key = ?, finished_at = now(), updated_at = now()
                where status in ('QUEUED', 'RUNNING') and runner <> ?
                  and updated_at <= now() - make_interval(secs => ?)""")
                .params(INTERRUPTED, runner, quietBeforeInterrupted.toSeconds()).update();
        if (failed > 0) {
            log.warn("{} background job(s) left unfinished by an earlier run were marked failed", failed);
        }
        return failed;
    }

    private void finish(long id, JobStatus status, String reasonKey) {
        jdbc.sql("""
                update background_job set status = ?, reason_key = ?, finished_at = now(), updated_at = now()
                where id = ?""").params(status.name(), reasonKey, id).update();
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }

    private static BackgroundJob map(ResultSet rs, int row) throws SQLException {
        return new BackgroundJob(rs.getLong("id"), rs.getString("kind"), rs.getString("owner"),
                JobStatus.valueOf(rs.getString("status")), (Long) rs.getObject("total"), rs.getLong("processed"),
                new JobCounts(rs.getLong("created"), rs.getLong("duplicates"), rs.getLong("errors")),
                rs.getString("reason_key"), rs.getString("result_ref"), instant(rs, "created_at"),
                instant(rs, "started_at"), instant(rs, "finished_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp time = rs.getTimestamp(column);
        return time == null ? null : time.toInstant();
    }
}
