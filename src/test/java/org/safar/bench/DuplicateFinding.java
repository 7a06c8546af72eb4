package org.safar.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.safar.people.matching.MatchDecision;
import org.safar.people.matching.PersonFacts;
import org.safar.people.matching.PersonMatcher;
import org.safar.people.matching.PersonName;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Finds every duplicate pair of a loaded population. Blocking is done by PostgreSQL: each pass streams the people
 * who share one blocking key with someone, ordered by it, and only people sharing that key are compared, with
 * {@link PersonMatcher} in parallel. A pair that shares the key of an earlier pass was compared there and is
 * skipped, so no pair is compared twice and no set of pairs is kept. Pairs are scored against the generator's truth.
 */
final class DuplicateFinding {

    /**
     * The blocking keys, in pass order: the document's lookup hash; the sound key of family and first given name
     * with the birth year; the folded family name, then the folded given names, with the birth date (a typo in
     * one name changes the sound key but not the other name).
     */
    static final List<String> KEYS = List.of("d.number_hash", "p.phonetic_key || '|' || p.birth_year",
            "p.family_key || '|' || p.birth_date", "p.given_key || '|' || p.birth_date");

    private static final int BATCH_ROWS = 20_000;

    private final DataSource dataSource;
    private final PersonMatcher matcher = new PersonMatcher();

    DuplicateFinding(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    private record Person(long id, String[] keys, PersonFacts facts) {
    }

    /** Pair counts; "likely" is MATCH or POSSIBLE. */
    record Outcome(long millis, long candidatePairs, long largestBlock, long truePairs, long matchTrue,
            long matchFalse, long likelyTrue, long likelyFalse) {

        double precision(boolean likely) {
            long tp = likely ? likelyTrue : matchTrue;
            long fp = likely ? likelyFalse : matchFalse;
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall(boolean likely) {
            return truePairs == 0 ? 0 : (double) (likely ? likelyTrue : matchTrue) / truePairs;
        }

        double f1(boolean likely) {
            double p = precision(likely);
            double r = recall(likely);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    Outcome run(long[] truth) throws SQLException {
        long started = System.nanoTime();
        Set<String> common = Set.copyOf(JdbcClient.create(dataSource).sql("""
                select family_key from person where merged_into is null group by family_key
                having count(*) >= greatest(20, 0.005 * (select count(*) from person where merged_into is null))""")
                .query(String.class).list());
        LongAdder candidates = new LongAdder();
        LongAdder[] counts = {new LongAdder(), new LongAdder(), new LongAdder(), new LongAdder()};
        LongAccumulator largest = new LongAccumulator(Math::max, 0);
        for (int pass = 0; pass < KEYS.size(); pass++) {
            int current = pass;
            CompletableFuture<Void> previous = CompletableFuture.completedFuture(null);
            List<List<Person>> batch = new ArrayList<>();
            int rows = 0;
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement statement = connection.prepareStatement(sql(pass))) {
                    statement.setFetchSize(10_000);
                    try (ResultSet rs = statement.executeQuery()) {
                        List<Person> block = new ArrayList<>();
                        while (rs.next()) {
                            Person person = person(rs);
                            if (!block.isEmpty() && !block.get(0).keys[pass].equals(person.keys[pass])) {
                                rows += block.size();
                                batch.add(block);
                                block = new ArrayList<>();
                            }
                            block.add(person);
                            if (rows >= BATCH_ROWS) {
                                List<List<Person>> full = batch;
                                previous.join();
                                previous = CompletableFuture.runAsync(() -> full.parallelStream().forEach(
                                        b -> compare(b, current, truth, common, candidates, counts, largest)));
                                batch = new ArrayList<>();
                                rows = 0;
                            }
                        }
                        batch.add(block);
                    }
                }
                connection.commit();
            }
            previous.join();
            batch.parallelStream().forEach(b -> compare(b, current, truth, common, candidates, counts, largest));
            PeopleBenchmark.log("pass %d (%s): %,d candidate pairs so far, %.1f s", pass, KEYS.get(pass),
                    candidates.sum(), (System.nanoTime() - started) / 1e9);
        }
        return new Outcome((System.nanoTime() - started) / 1_000_000, candidates.sum(), largest.get(),
                truePairs(truth), counts[0].sum(), counts[1].sum(), counts[2].sum(), counts[3].sum());
    }

    /** The people sharing this pass's key with someone, ordered by it; PostgreSQL leaves out the lone ones. */
    private static String sql(int pass) {
        StringBuilder keys = new StringBuilder();
        for (int k = 0; k < KEYS.size(); k++) {
            keys.append(", ").append(KEYS.get(k)).append(" k").append(k);
        }
        return "select * from (select p.id, p.family_name, p.given_names, p.patronymic, p.birth_date, p.birth_year"
                + keys + ", count(*) over (partition by " + KEYS.get(pass) + ") sharing"
                + " from person p left join identity_document d on d.person_id = p.id"
                + " where p.merged_into is null and " + KEYS.get(pass) + " is not null) blocked"
                + " where sharing > 1 order by k" + pass;
    }

    private static Person person(ResultSet rs) throws SQLException {
        String[] keys = new String[KEYS.size()];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = rs.getString(7 + k);
        }
        java.sql.Date date = rs.getDate(5);
        PersonName name = PersonName.of(rs.getString(2), rs.getString(3), rs.getString(4));
        return new Person(rs.getLong(1), keys, new PersonFacts(name, date == null ? null : date.toLocalDate(),
                (Integer) rs.getObject(6), keys[0] == null ? Set.of() : Set.of(keys[0])));
    }

    private void compare(List<Person> block, int pass, long[] truth, Set<String> common, LongAdder candidates,
            LongAdder[] counts, LongAccumulator largest) {
        largest.accumulate(block.size());
        for (int i = 0; i < block.size(); i++) {
            for (int j = i + 1; j < block.size(); j++) {
                Person a = block.get(i);
                Person b = block.get(j);
                if (a.id == b.id || comparedBefore(a, b, pass)) {
                    continue;
                }
                candidates.increment();
                String family = a.facts.name().family();
                boolean commonName = family.equals(b.facts.name().family()) && common.contains(family);
                MatchDecision decision = matcher.compare(a.facts, b.facts, commonName).decision();
                if (decision == MatchDecision.NONMATCH) {
                    continue;
                }
                boolean same = truth[(int) a.id - 1] == truth[(int) b.id - 1];
                if (decision == MatchDecision.MATCH) {
                    counts[same ? 0 : 1].increment();
                }
                counts[same ? 2 : 3].increment();
            }
        }
    }

    private static boolean comparedBefore(Person a, Person b, int pass) {
        for (int k = 0; k < pass; k++) {
            if (a.keys[k] != null && Objects.equals(a.keys[k], b.keys[k])) {
                return true;
            }
        }
        return false;
    }

    /** Pairs of records with one truth id: n(n-1)/2 for each person entered n times. */
    static long truePairs(long[] truth) {
        long[] sorted = truth.clone();
        Arrays.sort(sorted);
        long pairs = 0;
        for (int i = 0, j; i < sorted.length; i = j) {
            for (j = i; j < sorted.length && sorted[j] == sorted[i]; j++) {
            }
            long n = j - i;
            pairs += n * (n - 1) / 2;
        }
        return pairs;
    }
}
