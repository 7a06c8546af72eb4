package org.safar.people.importing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.safar.people.registry.IdentityResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code import_row} ledger: what became of each row, and whether a row's content was imported before. */
@Repository
class ImportedRows {

    /** What became of a row. */
    enum Outcome { CREATED, DUPLICATE, ERROR, SKIPPED }

    private final JdbcClient jdbc;

    ImportedRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The person created from a row with this content by any earlier import, if one was. */
    Optional<Long> importedBefore(String rowHash) {
        return jdbc.sql("select person_id from import_row where row_hash = ? and outcome in ('CREATED', 'DUPLICATE')")
                .param(rowHash).query(Long.class).optional();
    }

    void created(Line line, long personId) {
        insert(line, Outcome.CREATED, personId, null);
    }

    void duplicate(Line line, long personId, IdentityResolver.Candidate candidate) {
        insert(line, Outcome.DUPLICATE, personId, candidate);
    }

    void skipped(Line line, long personId) {
        insert(line, Outcome.SKIPPED, personId, null);
    }

    void refused(Line line, List<RowError> errors) {
        long id = insert(line, Outcome.ERROR, null, null);
        for (RowError error : errors) {
            jdbc.sql("""
                    insert into import_row_error (import_row_id, column_name, message_key, argument)
                    values (?, ?, ?, ?)""")
                    .params(id, error.column().header(), error.messageKey(), error.argument()).update();
        }
    }

    private long insert(Line line, Outcome outcome, Long personId, IdentityResolver.Candidate candidate) {
        return jdbc.sql("""
                insert into import_row (job_id, file_sha256, row_number, row_hash, outcome, person_id, candidate_id,
                    score, reasons)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(line.jobId(), line.fileSha256(), line.rowNumber(), line.rowHash(), outcome.name(), personId,
                        candidate == null ? null : candidate.person().id(),
                        candidate == null ? null : BigDecimal.valueOf(candidate.comparison().score()),
                        candidate == null ? null : String.join(",", candidate.comparison().reasons()))
                .query(Long.class).single();
    }

    /** Which row of which job, and its content hash. */
    record Line(long jobId, String fileSha256, int rowNumber, String rowHash) {
    }

    /**
     * Lets this row's transaction commit without waiting for its write-ahead log to reach the disk. A crash may
     * then lose the last rows committed (well under a second's worth), together with their audit entries, never
     * half a row; importing the file again imports exactly those, since rows imported before are skipped. Waiting
     * for the disk at every row made it the slowest part of an import.
     */
    void commitWithoutWaitingForDisk() {
        jdbc.sql("set local synchronous_commit = off").update();
    }
}
