package org.safar.people.importing;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads an import's report from its rows; the queries live here, beside the report they feed. */
@Repository
public class ImportReports {

    public static final int LIMIT = 1000;

    private final JdbcClient jdbc;

    ImportReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ImportReport of(long jobId) {
        return new ImportReport(refusals(jobId), created(jobId), duplicates(jobId), skipped(jobId));
    }

    private List<ImportReport.Refusal> refusals(long jobId) {
        return jdbc.sql("""
                select r.row_number, e.column_name, e.message_key, e.argument
                from import_row r join import_row_error e on e.import_row_id = r.id
                where r.job_id = ? and r.outcome = 'ERROR'
                order by r.row_number limit ?""").params(jobId, LIMIT)
                .query((rs, n) -> new ImportReport.Refusal(rs.getInt(1), rs.getString(2), rs.getString(3),
                        rs.getString(4)))
                .list();
    }

    private List<ImportReport.Created> created(long jobId) {
        return jdbc.sql("""
                select r.row_number, p.id, p.reference from import_row r join person p on p.id = r.person_id
                where r.job_id = ? and r.outcome = 'CREATED' order by r.row_number limit ?""").params(jobId, LIMIT)
                .query((rs, n) -> new ImportReport.Created(rs.getInt(1), rs.getLong(2), rs.getString(3))).list();
    }

    private List<ImportReport.Duplicate> duplicates(long jobId) {
        return jdbc.sql("""
                select r.row_number, p.id, p.reference, e.id, e.reference, r.score, r.reasons
                from import_row r join person p on p.id = r.person_id join person e on e.id = r.candidate_id
                where r.job_id = ? and r.outcome = 'DUPLICATE' order by r.row_number limit ?""")
                .params(jobId, LIMIT)
                .query((rs, n) -> new ImportReport.Duplicate(rs.getInt(1), rs.getLong(2), rs.getString(3),
                        rs.getLong(4), rs.getString(5), rs.getBigDecimal(6), reasons(rs.getString(7))))
                .list();
    }

    private long skipped(long jobId) {
        return jdbc.sql("select count(*) from import_row where job_id = ? and outcome = 'SKIPPED'").param(jobId)
                .query(Long.class).single();
    }

    private static List<String> reasons(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }
}
