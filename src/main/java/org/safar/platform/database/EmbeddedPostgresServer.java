package org.safar.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL cluster per data directory and JVM, shared by every Spring context that asks for it
 * (tests start several) and stopped when the JVM exits, after the
 * contexts that use it. The cluster lives in a fixed directory, so data survives
 * restarts of the application.
 */
final class EmbeddedPostgresServer {

    static final String DATABASE = "safar";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer startOrReuse(DatabaseProperties.Embedded settings) {
        Path directory = settings.dataDirectory().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(directory, dir -> start(dir, settings));
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    /** Stops this cluster now and forgets it, so that the next {@link #startOrReuse} starts it again. */
    void stopNow() {
        RUNNING.values().remove(this);
        stop();
    }

    private static EmbeddedPostgresServer start(Path directory, DatabaseProperties.Embedded settings) {
        try {
            Files.createDirectories(directory);
            log.info("Starting embedded PostgreSQL with its data in {}", directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(settings.clean())
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8");
            if (settings.port() > 0) {
                builder.setPort(settings.port());
            }
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(builder.start());
            server.createDatabaseIfMissing();
            // after every Spring context has closed, so that nothing still needs the database while it stops
            SpringApplication.getShutdownHandlers().add(server::stop);
            return server;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private void createDatabaseIfMissing() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                try (var create = connection.createStatement()) {
                    create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
        }
        catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private void stop() {
        try {
            postgres.close();
        }
        catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
