package org.safar.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Safar keeps its data. With {@code url} set (from {@code SAFAR_DB_URL}) an external PostgreSQL is used;
 * otherwise an embedded PostgreSQL is started with its data under {@code embedded.data-directory}.
 */
@ConfigurationProperties("safar.db")
record DatabaseProperties(String url, String user, String password,
        @DefaultValue Embedded embedded, @DefaultValue("10") int poolSize) {

    boolean external() {
        return url != null && !url.isBlank();
    }

    /**
     * @param dataDirectory the cluster's directory, kept across restarts
     * @param clean wipe the directory before starting (tests)
     * @param port fixed port, or 0 for any free port
     */
    record Embedded(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("false") boolean clean,
            @DefaultValue("0") int port) {
    }
}
