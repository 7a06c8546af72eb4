package org.safar.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup database keeps what was written when Safar is stopped and started again. */
class EmbeddedPostgresServerTests {

    @TempDir
    Path dataDirectory;

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt() throws Exception {
        var settings = new DatabaseProperties.Embedded(dataDirectory.resolve("postgres"), false, 0);

        EmbeddedPostgresServer first = EmbeddedPostgresServer.startOrReuse(settings);
        try (var connection = DriverManager.getConnection(first.jdbcUrl()); var sql = connection.createStatement()) {
            sql.execute("create table kept (note text)");
            sql.execute("insert into kept values ('written before the restart')");
        }
        first.stopNow();

        EmbeddedPostgresServer second = EmbeddedPostgresServer.startOrReuse(settings);
        try (var connection = DriverManager.getConnection(second.jdbcUrl()); var sql = connection.createStatement();
                var rows = sql.executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written before the restart");
        }
        finally {
            second.stopNow();
        }
        assertThat(dataDirectory.resolve("postgres/PG_VERSION")).exists();
    }

    @Test
    void theClusterShipsTheExtensionsLaterModulesNeed() throws Exception {
        var settings = new DatabaseProperties.Embedded(dataDirectory.resolve("extensions"), false, 0);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(settings);
        try (var connection = DriverManager.getConnection(server.jdbcUrl()); var sql = connection.createStatement()) {
            for (String extension : new String[] { "pg_trgm", "unaccent", "fuzzystrmatch", "pgcrypto" }) {
                sql.execute("create extension if not exists " + extension);
            }
            var similarity = sql.executeQuery("select similarity('Karimov', 'Karimova') > 0.5");
            similarity.next();
            assertThat(similarity.getBoolean(1)).isTrue();
        }
        finally {
            server.stopNow();
        }
    }
}
