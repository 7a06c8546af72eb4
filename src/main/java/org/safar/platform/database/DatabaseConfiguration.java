package org.safar.platform.database;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The one data source: the external PostgreSQL named by {@code SAFAR_DB_URL}, or else the embedded one.
 * See docs/adr/0001-embedded-postgresql-by-default.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        if (properties.external()) {
            log.info("Using the external PostgreSQL at {}", properties.url());
            dataSource.setJdbcUrl(properties.url());
            dataSource.setUsername(properties.user());
            dataSource.setPassword(properties.password());
        }
        else {
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startOrReuse(properties.embedded());
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
        }
        dataSource.setPoolName("safar");
        dataSource.setMaximumPoolSize(properties.poolSize());
        dataSource.setMinimumIdle(1);
        return dataSource;
    }
}
