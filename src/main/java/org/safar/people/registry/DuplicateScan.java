package org.safar.people.registry;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.safar.people.PersonView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks again, every night, at the people created or changed since the last scan, and queues for review the
 * pairs the matcher finds likely (source {@code SCAN}); pairs already proposed or decided are left alone.
 * Candidates come from {@link IdentityResolver}'s indexed keys, never from comparing everyone with everyone.
 * The watermark lives in {@code platform_setting}; a PostgreSQL advisory lock keeps two nodes from scanning at
 * once. The scan re-reads a few minutes before the watermark, because a record changed by a transaction that
 * started before the last scan may have been committed after it; queueing a pair twice does nothing.
 */
@Component
public class DuplicateScan {

    static final String WATERMARK = "people.duplicate-scan.watermark";
    static final long LOCK = 0x5AFA_D0B1L;
    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(DuplicateScan.class);

    private final JdbcClient jdbc;
    private final PersonRecords records;
    private final IdentityResolver resolver;
    private final PersonRegistry registry;
    private final TransactionTemplate transactions;

    DuplicateScan(JdbcClient jdbc, PersonRecords records, IdentityResolver resolver, PersonRegistry registry,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.records = records;
        this.resolver = resolver;
        this.registry = registry;
        this.transactions = transactions;
    }

    /** How a scan went; {@code ran} is false when another node was scanning. */
    public record Outcome(boolean ran, int peopleLookedAt, int pairsQueued) {
    }

    @Scheduled(cron = "${safar.people.duplicate-scan-cron:0 30 2 * * *}")
    void nightly() {
        Outcome outcome = scan();
        log.info("Duplicate scan: {}", outcome);
    }

    /** Scans the people changed since the last scan, in one transaction that holds the scan lock. */
    public Outcome scan() {
        return transactions.execute(status -> {
            if (!jdbc.sql("select pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
                return new Outcome(false, 0, 0);
            }
            OffsetDateTime started = jdbc.sql("select now()").query(OffsetDateTime.class).single();
            Instant since = watermark().map(last -> last.minus(OVERLAP)).orElse(Instant.EPOCH);
            int looked = 0;
            int queued = 0;
            long after = 0;
            for (List<PersonView> batch = changedSince(since, after); !batch.isEmpty();
                    batch = changedSince(since, after)) {
                for (PersonView person : batch) {
                    for (IdentityResolver.Candidate candidate : resolver.candidatesOf(person)) {
                        queued += registry.queueForReview(person.id(), candidate, "SCAN") ? 1 : 0;
                    }
                    after = person.id();
                }
                looked += batch.size();
            }
            jdbc.sql("""
                    insert into platform_setting (name, value) values (?, ?)
                    on conflict (name) do update set value = excluded.value""")
                    .params(WATERMARK, started.toInstant().toString()).update();
            return new Outcome(true, looked, queued);
        });
    }

    private Optional<Instant> watermark() {
        return jdbc.sql("select value from platform_setting where name = ?").param(WATERMARK).query(String.class)
                .optional().map(Instant::parse);
    }

    private List<PersonView> changedSince(Instant since, long after) {
        return jdbc.sql("select " + PersonRecords.COLUMNS + """
                 from person p where p.merged_into is null and p.updated_at >= ? and p.id > ?
                order by p.id limit ?""")
                .params(Timestamp.from(since), after, BATCH).query(records::map).list();
    }
}
