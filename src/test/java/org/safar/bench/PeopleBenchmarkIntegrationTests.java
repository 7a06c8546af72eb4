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
 * test database. Only that it works is checked here; its figures belong in {@code bench/results/}.
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
                    2_000, 100, Duration.ofSeconds(3), "smoke test");

            assertThat(results.search.searched()).isPositive();
            assertThat(results.dedup.truePairs()).isPositive();
            assertThat(results.dedup.recall(false)).isGreaterThan(0.9);
            assertThat(results.markdown()).contains("| Full dedup wall time");
        }
        finally {
            jdbc.sql("drop database " + database + " with (force)").update();
        }
    }
}
