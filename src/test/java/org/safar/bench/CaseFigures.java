package org.safar.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The case dashboard's main figure — cases by type and state, {@code GET /api/v1/cases/statistics} for a
 * headquarters supervisor, who sees every case — against the same aggregate as raw SQL on the same database.
 * Medians of several runs each, after one warm-up of each.
 */
final class CaseFigures {

    static final String RAW = """
            select t.code, s.status, s.cases
            from (select c.type_id, c.status, count(*) cases from protection_case c group by c.type_id, c.status) s
            join case_type t on t.id = s.type_id""";

    /** Median milliseconds of the application's answer and of the raw SQL. */
    record Outcome(int runs, double appMillis, double sqlMillis) {
    }

    static Outcome run(DataSource dataSource, Function<String, URI> uris, int runs) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String token = BenchUsers.tokens(jdbc, "bench-supervisor", "SUPERVISOR", "HQ", 1).get(0);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(uris.apply("/api/v1/cases/statistics"))
                .header("Authorization", "Bearer " + token).build();
        long[] app = new long[runs];
        long[] sql = new long[runs];
        for (int i = -1; i < runs; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("statistics answered " + answer.statusCode() + ": " + answer.body());
            }
            long appNanos = System.nanoTime() - started;
            started = System.nanoTime();
            jdbc.sql(RAW).query().listOfRows();
            long sqlNanos = System.nanoTime() - started;
            if (i >= 0) {
                app[i] = appNanos;
                sql[i] = sqlNanos;
            }
        }
        return new Outcome(runs, median(app), median(sql));
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
