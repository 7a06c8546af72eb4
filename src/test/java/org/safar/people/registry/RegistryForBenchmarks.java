package org.safar.people.registry;

import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The registry's own search and record reading, built without Spring for the benchmarks in
 * {@code org.safar.bench}, so that they time the SQL and mapping the application runs rather than a copy of it.
 */
public final class RegistryForBenchmarks {

    private RegistryForBenchmarks() {
    }

    public static PersonSearch search(JdbcClient jdbc, SensitiveData sensitive) {
        return new PersonSearch(jdbc, new PersonRecords(jdbc, sensitive), sensitive);
    }

    public static PersonRecords records(JdbcClient jdbc, SensitiveData sensitive) {
        return new PersonRecords(jdbc, sensitive);
    }
}
