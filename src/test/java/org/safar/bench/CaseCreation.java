package org.safar.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cases opened over HTTP as an API client opens them — {@code POST /api/v1/cases} with a bearer token, concurrent
 * clients on loopback, bounded in time — against {@code pgbench} inserting one comparable row per transaction
 * into a bare table of the same database with the same number of clients for the same time.
 */
final class CaseCreation {

    /** Transactions per second and latency of both. */
    record Outcome(int clients, long created, long failed, double appTps, double appP50, double appP99,
            double pgbenchTps, double pgbenchLatency) {
    }

    private final DataSource dataSource;
    private final String databaseName;

    CaseCreation(DataSource dataSource, String databaseName) {
        this.dataSource = dataSource;
        this.databaseName = databaseName;
    }

    Outcome run(Function<String, URI> uris, int clients, Duration duration, int people) throws Exception {
        List<String> tokens = caseWorkerTokens(clients);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> results = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            String token = tokens.get(c);
            SplittableRandom random = new SplittableRandom(c);
            results.add(pool.submit(() -> {
                long[] latencies = new long[1 << 20];
                int done = 0;
                long failed = 0;
                while (System.nanoTime() < deadline && done < latencies.length) {
                    String body = """
                            {"typeCode":"RIGHTS_VIOLATION","subtypeCode":"UNPAID_WAGES",\
                            "summary":"Wages unpaid for three months at a construction site","country":"RU",\
                            "city":"Moskva","source":"HOTLINE","riskLevel":"MEDIUM",\
                            "persons":[{"personId":%d,"role":"PRINCIPAL"}]}""".formatted(1 + random.nextInt(people));
                    long began = System.nanoTime();
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uris.apply("/api/v1/cases"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 201) {
                        latencies[done++] = System.nanoTime() - began;
                    }
                    else if (failed++ == 0) {
                        PeopleBenchmark.log("case creation answered %d: %s", answer.statusCode(), answer.body());
                    }
                }
                long[] result = Arrays.copyOf(latencies, done + 1);
                result[done] = failed;
                return result;
            }));
        }
        List<Long> all = new ArrayList<>();
        long failed = 0;
        for (Future<long[]> result : results) {
            long[] latencies = result.get();
            failed += latencies[latencies.length - 1];
            for (int i = 0; i < latencies.length - 1; i++) {
                all.add(latencies[i]);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = percentile(sorted, 50);
        double p99 = percentile(sorted, 99);
        PeopleBenchmark.log("cases over HTTP: %,d created, %,d failed in %.1f s", sorted.length, failed, seconds);

        double[] pgbench = pgbench(clients, duration);
        return new Outcome(clients, sorted.length, failed, sorted.length / seconds, p50, p99, pgbench[0], pgbench[1]);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    /** A case worker of the first regional office with one API token per client. */
    private List<String> caseWorkerTokens(int clients) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String office = jdbc.sql("select code from office where kind = 'REGIONAL' order by id limit 1")
                .query(String.class).single();
        return BenchUsers.tokens(jdbc, "bench-caseworker", "CASE_WORKER", office, clients);
    }

    /** pgbench's tps and mean latency (ms) for single-row inserts of a comparable case row. */
    private double[] pgbench(int clients, Duration duration) throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("drop table if exists bench_case_insert").update();
        jdbc.sql("""
                create table bench_case_insert (
                    id bigint generated always as identity primary key, reference text not null unique,
                    type_id bigint not null, summary text not null, country char(2), city text, source text not null,
                    risk_level text not null, owning_office_id bigint not null, status text not null,
                    opened_on date not null, created_at timestamptz not null default now())""").update();
        Path script = Files.createTempFile("safar-bench-", ".sql");
        Files.writeString(script, """
                \\set n random(1, 1000000000)
                insert into bench_case_insert (reference, type_id, summary, country, city, source, risk_level,
                    owning_office_id, status, opened_on)
                values ('CASE-' || :client_id || '-' || :n || '-' || txid_current(), 1,
                    'Wages unpaid for three months at a construction site', 'RU', 'Moskva', 'HOTLINE', 'MEDIUM', 1,
                    'INTAKE', current_date);
                """);
        List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j",
                Integer.toString(Math.min(clients, Runtime.getRuntime().availableProcessors())), "-T",
                Long.toString(duration.toSeconds()), "-f", script.toString(), databaseName));
        Process pgbench = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(pgbench.getInputStream().readAllBytes());
        pgbench.waitFor();
        Files.deleteIfExists(script);
        jdbc.sql("drop table bench_case_insert").update();
        Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
        Matcher latency = Pattern.compile("latency average = ([0-9.]+) ms").matcher(out);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench gave no figures: " + out);
        }
        PeopleBenchmark.log("pgbench: %s tps", tps.group(1));
        return new double[] { Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)) };
    }
}
