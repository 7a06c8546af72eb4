package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The nightly scan finds the duplicates registration missed, and proposes each pair once. */
@SafarIntegrationTest
class DuplicateScanIntegrationTests {

    private static final LocalDate BORN = LocalDate.of(1987, 11, 3);

    @Autowired
    DuplicateScan scan;

    @Autowired
    DuplicateReview review;

    @Autowired
    PeopleFixtures people;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Test
    void theScanFindsOnePersonRegisteredInLatinAndInCyrillicAndProposesThePairOnce() {
        Name name = Name.random();
        PersonId latin = people.register(PeopleFixtures.latin(name, BORN));
        PersonId cyrillic = people.register(PeopleFixtures.cyrillic(name, BORN));
        people.forgetPair(latin, cyrillic);

        assertThat(scan.scan().ran()).isTrue();
        assertThat(scan.scan().ran()).isTrue();

        assertThat(jdbc.sql("""
                select source || ' ' || status from duplicate_candidate
                where person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(latin.value(), cyrillic.value(), latin.value(), cyrillic.value()).query(String.class).list())
                .containsExactly("SCAN OPEN");
    }

    @Test
    void theScanDoesNotProposeAgainWhatAReviewerFoundToBeTwoPeople() {
        Name name = Name.random();
        PersonId one = people.register(PeopleFixtures.latin(name, BORN));
        PersonId other = people.register(PeopleFixtures.cyrillic(name, BORN));
        review.notSame(people.pairOf(one, other));

        scan.scan();

        assertThat(people.statusesOf(one, other)).containsExactly("NOT_SAME");
    }

    @Test
    void aScanRunningOnAnotherNodeKeepsThisOneFromStarting() throws Exception {
        try (Connection otherNode = dataSource.getConnection(); Statement statement = otherNode.createStatement()) {
            statement.execute("select pg_advisory_lock(" + DuplicateScan.LOCK + ")");
            try {
                assertThat(scan.scan().ran()).isFalse();
            }
            finally {
                statement.execute("select pg_advisory_unlock(" + DuplicateScan.LOCK + ")");
            }
        }
        assertThat(scan.scan().ran()).isTrue();
    }
}
