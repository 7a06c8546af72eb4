package org.safar.people.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.stream.Stream;

import org.safar.people.registry.IdentityResolver;
import org.safar.people.registry.PersonRegistry;
import org.safar.platform.DomainException;
import org.safar.platform.jobs.BackgroundJobs;
import org.safar.platform.jobs.JobCounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Importing people from a CSV or XLSX file as a background job. Every row is its own transaction: a valid row
 * becomes a person even when its neighbours are refused, and a refused row leaves nothing half-written.
 *
 * <p>A row that looks like someone already registered is <em>registered anyway</em> (as if the officer had
 * confirmed "someone else") and the pair is queued for duplicate review with source IMPORT: an import is unattended,
 * and holding the row back would silently drop a person; a reviewer merges the pair if it is one person.
 *
 * <p>Re-running is safe: a row whose content (the same values in the same columns, whatever the file format) was
 * imported once, by any job, is skipped and reported with the person it made. A unique index on the row hash keeps
 * two jobs running the same file at once from creating anyone twice.
 */
@Service
public class PeopleImport {

    public static final String KIND = "PEOPLE_IMPORT";
    private static final int PROGRESS_EVERY = 200;

    private final BackgroundJobs jobs;
    private final RowReading reading;
    private final PersonRegistry registry;
    private final ImportedRows rows;
    private final TransactionTemplate eachRow;

    private final long maxBytes;

    PeopleImport(BackgroundJobs jobs, RowReading reading, PersonRegistry registry, ImportedRows rows,
            PlatformTransactionManager transactions,
            @Value("${safar.people.import-max-size:10MB}") DataSize maxSize) {
        this.maxBytes = maxSize.toBytes();
        this.jobs = jobs;
        this.reading = reading;
        this.registry = registry;
        this.rows = rows;
        this.eachRow = new TransactionTemplate(transactions);
    }

    /**
     * Keeps the uploaded file and starts its import for {@code owner}; returns the job's id. Refuses an empty,
     * too large or wrongly typed file with a {@link DomainException} before any job exists.
     */
    public long start(String filename, long size, InputStream content, String owner) throws IOException {
        ImportFile file = ImportFile.keep(filename, size, content, maxBytes);
        return jobs.submit(KIND, owner, jobId -> {
            try {
                run(jobId, file);
            }
            finally {
                file.delete();
            }
        });
    }

    void run(long jobId, ImportFile file) {
        jobs.result(jobId, file.sha256());
        try (Stream<SourceRow> counted = ImportRows.of(file)) {
            Iterator<SourceRow> each = counted.iterator();
            long total = 0;
            for (; next(each); total++) {
                each.next();
            }
            jobs.total(jobId, total);
        }
        JobCounts counts = JobCounts.NONE;
        long processed = 0;
        try (Stream<SourceRow> all = ImportRows.of(file)) {
            Iterator<SourceRow> each = all.iterator();
            while (next(each)) {
                counts = importRow(jobId, file.sha256(), each.next(), counts);
                if (++processed % PROGRESS_EVERY == 0) {
                    jobs.progress(jobId, processed, counts);
                }
            }
        }
        jobs.progress(jobId, processed, counts);
    }

    private JobCounts importRow(long jobId, String sha256, SourceRow row, JobCounts counts) {
        ImportedRows.Line line = new ImportedRows.Line(jobId, sha256, row.number(), row.contentHash());
        try {
            return eachRow.execute(status -> register(line, row, counts));
        }
        catch (DuplicateKeyException importedMeanwhile) {
            // another job imported the same row content between our check and our insert
            rows.importedBefore(line.rowHash()).ifPresent(person -> rows.skipped(line, person));
            return counts;
        }
    }

    private JobCounts register(ImportedRows.Line line, SourceRow row, JobCounts counts) {
        rows.commitWithoutWaitingForDisk();
        var before = rows.importedBefore(line.rowHash());
        if (before.isPresent()) {
            rows.skipped(line, before.get());
            return counts;
        }
        RowReading.Read read = reading.read(row);
        if (!read.valid()) {
            rows.refused(line, read.errors());
            return counts.plusError();
        }
        read.registration().setConfirmedNew(true);
        PersonRegistry.Outcome outcome = registry.register(read.registration(), PersonRegistry.IMPORT);
        long person = outcome.registered().value();
        if (outcome.candidates().isEmpty()) {
            rows.created(line, person);
            return counts.plusCreated();
        }
        IdentityResolver.Candidate best = outcome.candidates().get(0);
        rows.duplicate(line, person, best);
        return counts.plusDuplicate();
    }

    /** Whether there is another row; a file that turns out malformed half-way fails the job, rows so far kept. */
    private static boolean next(Iterator<SourceRow> each) {
        try {
            return each.hasNext();
        }
        catch (UncheckedIOException | IllegalStateException | IllegalArgumentException malformed) {
            throw new DomainException(ImportRows.UNREADABLE);
        }
    }
}
