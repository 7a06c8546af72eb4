package org.safar.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.safar.people.generator.PopulationCsv;
import org.safar.people.generator.PopulationGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The people import as an officer runs it — a CSV uploaded on the import page, read, checked, matched against the
 * registry and registered row by row by the background job — against PostgreSQL's {@code COPY} of the same file
 * into a bare table of text columns on the same database, the fastest a file can enter it.
 */
final class ImportVersusCopy {

    /** Rows per second of both, and the job's own counts. */
    record Outcome(long rows, long copyMillis, long importMillis, long created, long duplicates, long errors,
            String status) {

        double copyRowsPerSecond() {
            return rows * 1000.0 / Math.max(1, copyMillis);
        }

        double importRowsPerSecond() {
            return rows * 1000.0 / Math.max(1, importMillis);
        }
    }

    private final DataSource dataSource;

    ImportVersusCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes {@code rows} new people (10% entered twice) as an import file, then times both ways in. */
    Outcome run(StaffSession officer, long rows, long seed, Path workDir, Duration limit) throws Exception {
        Path csv = workDir.resolve("people-import-" + rows + ".csv");
        try (Writer people = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            PopulationCsv.write(new PopulationGenerator(seed).records(rows), people, Writer.nullWriter());
        }
        long copyMillis = copy(csv);
        PeopleBenchmark.log("COPY of %,d rows: %.1f s", rows, copyMillis / 1000.0);

        JdbcClient jdbc = JdbcClient.create(dataSource);
        long started = System.nanoTime();
        String location = officer.upload("/people/import", "file", csv, "text/csv");
        long job = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long deadline = started + limit.toNanos();
        JobState state;
        do {
            Thread.sleep(1000);
            state = jdbc.sql("select status, processed, created, duplicates, errors from background_job where id = ?")
                    .param(job).query((rs, n) -> new JobState(rs.getString(1), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), rs.getLong(5))).single();
        } while (!state.finished() && System.nanoTime() < deadline);
        long importMillis = (System.nanoTime() - started) / 1_000_000;
        PeopleBenchmark.log("import job %d: %s, %,d rows in %.1f s", job, state.status(), state.processed(),
                importMillis / 1000.0);
        Files.deleteIfExists(csv);
        return new Outcome(state.processed(), copyMillis, importMillis, state.created(), state.duplicates(),
                state.errors(), state.status());
    }

    private record JobState(String status, long processed, long created, long duplicates, long errors) {

        boolean finished() {
            return "DONE".equals(status) || "FAILED".equals(status);
        }
    }

    private long copy(Path csv) throws Exception {
        String columns = PopulationCsv.COLUMNS.stream().map(c -> c + " text").collect(Collectors.joining(", "));
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("drop table if exists bench_import_copy");
            connection.createStatement().execute("create table bench_import_copy (" + columns + ")");
            long started = System.nanoTime();
            try (Reader file = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_import_copy from stdin with (format csv, header true)", file);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            connection.createStatement().execute("drop table bench_import_copy");
            return millis;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
