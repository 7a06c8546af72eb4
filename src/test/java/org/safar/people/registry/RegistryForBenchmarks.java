package org.safar.people.registry;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.safar.people.PersonView;
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
        return new PersonSearch(jdbc, new PersonRecords(jdbc, sensitive), sensitive,
                new NameDictionary(jdbc, Clock.systemUTC()));
    }

    public static PersonRecords records(JdbcClient jdbc, SensitiveData sensitive) {
        return new PersonRecords(jdbc, sensitive);
    }

    /**
     * The like-for-like baseline of the search: a page of up to 50 people by an indexed equality on the folded
     * family name (the search's own covering index), rows read and mapped as the search reads them.
     */
    public static Function<String, List<PersonView>> pageByFamily(JdbcClient jdbc, SensitiveData sensitive) {
        PersonRecords records = new PersonRecords(jdbc, sensitive);
        return family -> jdbc.sql("select " + PersonRecords.COLUMNS + """
                 from person p where p.merged_into is null and p.family_key collate "C" = ?
                order by p.family_key collate "C", p.given_key collate "C" limit 50""")
                .param(family).query(records::map).list();
    }
}
