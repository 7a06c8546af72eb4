package org.safar.people.registry;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which family names are common in the registry — carried by at least half a percent of the people and by 20 of
 * them — so that sharing one counts for less than sharing a rare one. Recounted every ten minutes from the indexed
 * family key.
 */
@Component
class SurnameFrequency {

    private static final Duration STALE_AFTER = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Set<String> common = Set.of();
    private volatile Instant countedAt = Instant.MIN;

    SurnameFrequency(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean isCommon(String familyKey) {
        if (familyKey == null || familyKey.isEmpty()) {
            return false;
        }
        if (countedAt.plus(STALE_AFTER).isBefore(clock.instant())) {
            recount();
        }
        return common.contains(familyKey);
    }

    synchronized void recount() {
        common = Set.copyOf(jdbc.sql("""
                select family_key from person where merged_into is null group by family_key
                having count(*) >= greatest(20, 0.005 * (select count(*) from person where merged_into is null))""")
                .query(String.class).list());
        countedAt = clock.instant();
    }
}
