package org.safar.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Keeps the people benchmark from rotting: it runs end to end at 2,000 people in a database of its own beside the
 * test database, with the Duke comparison on the first 1,000 of them. Only that it works and gives sane figures is
 * checked here; its figures belong in {@code bench/results/}.
 */
@SafarIntegrationTest
class PeopleBenchmarkIntegrationTests {

    @Autowired
    DataSource dataSource;

    @Test
    void benchmarkLoadsSearchesAndFindsTheRepeatedEntries() throws Exception {
        String database = "safar_bench_smoke_" + System.nanoTime();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        String url;
        String user;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            url = meta.getURL().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
            user = meta.getUserName();
        }
        jdbc.sql("create database " + database).update();
        try {
            Results results = PeopleBenchmark.run(url, user, System.getenv().getOrDefault("SAFAR_DB_PASSWORD", ""),
                    2_000, 100, Duration.ofSeconds(3), "smoke test", false, false, 1_000,
                    DukeComparison.Store.LUCENE);
            System.out.printf(java.util.Locale.ROOT, "[bench] dedup of %d true pairs: precision %.3f, recall %.3f,"
                    + " F1 %.3f (match); precision %.3f, recall %.3f (match or possible)%n",
                    results.dedup.truePairs(), results.dedup.precision(false), results.dedup.recall(false),
                    results.dedup.f1(false), results.dedup.precision(true), results.dedup.recall(true));

            assertThat(results.search.searched()).isPositive();
            assertThat(results.dedup.truePairs()).isPositive();
            assertThat(results.dedup.recall(false)).isGreaterThan(0.9);
            assertThat(results.markdown()).contains("| Full dedup wall time");
            // the Duke comparison on the first 1,000 records, ours re-run on them alone in a schema of their own
            assertThat(results.dukeRecords).isEqualTo(1_000);
            assertThat(results.oursOnDukeRecords.truePairs()).isEqualTo(results.duke.truePairs()).isPositive();
            assertThat(results.oursOnDukeRecords.truePairs()).isLessThan(results.dedup.truePairs());
            assertThat(results.oursOnDukeRecords.f1(false)).isGreaterThan(0.5);
            assertThat(results.duke.f1()).isGreaterThan(0.5);
            assertThat(results.markdown()).contains("| Safar is N× faster than Duke", "Duke 1.2 configuration");
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from pg_namespace where nspname like"
                    + " 'bench_duke%'").query(Long.class).single()).isZero();
        }
        finally {
            jdbc.sql("drop database " + database + " with (force)").update();
        }
    }
}
