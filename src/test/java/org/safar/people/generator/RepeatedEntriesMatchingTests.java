package org.safar.people.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.safar.people.matching.MatchDecision;
import org.safar.people.matching.NameComparator;
import org.safar.people.matching.PersonFacts;
import org.safar.people.matching.PersonMatcher;
import org.safar.people.matching.PersonName;
import org.safar.people.registry.Registration;

/** How the matcher fares on generated records: repeated entries should be found, strangers left apart. */
class RepeatedEntriesMatchingTests {

    private final PersonMatcher matcher = new PersonMatcher();
    private final NameComparator names = new NameComparator();

    @Test
    void repeatedEntriesOfOnePersonMostlyScoreAtLeastPossible() {
        Map<Long, GeneratedPerson> first = new HashMap<>();
        int pairs = 0;
        int found = 0;
        int foundByName = 0;
        for (GeneratedPerson p : new PopulationGenerator(21, 0.2).records(20_000).toList()) {
            GeneratedPerson earlier = first.putIfAbsent(p.truthId(), p);
            if (earlier != null && p.duplicate()) {
                pairs++;
                found += matcher.compare(facts(earlier), facts(p)).decision() != MatchDecision.NONMATCH ? 1 : 0;
                foundByName += names.compare(name(earlier), name(p)).decision() != MatchDecision.NONMATCH ? 1 : 0;
            }
        }
        System.out.printf("repeated entries: %d pairs, %.1f%% at least POSSIBLE with PersonMatcher, %.1f%% on names"
                + " alone%n", pairs, 100.0 * found / pairs, 100.0 * foundByName / pairs);
        assertThat(pairs).isGreaterThan(3_000);
        assertThat((double) found / pairs).isGreaterThanOrEqualTo(0.85);
        assertThat((double) foundByName / pairs).isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void recordsOfDifferentPersonsAreAlmostNeverMatched() {
        List<GeneratedPerson> records = new PopulationGenerator(22, 0.1).records(20_000).toList();
        SplittableRandom random = new SplittableRandom(1);
        int pairs = 0;
        int apart = 0;
        while (pairs < 5_000) {
            GeneratedPerson a = records.get(random.nextInt(records.size()));
            GeneratedPerson b = records.get(random.nextInt(records.size()));
            if (a.truthId() != b.truthId()) {
                pairs++;
                apart += matcher.compare(facts(a), facts(b)).decision() == MatchDecision.NONMATCH ? 1 : 0;
            }
        }
        System.out.printf("different persons: %d random pairs, %.2f%% NONMATCH%n", pairs, 100.0 * apart / pairs);
        assertThat((double) apart / pairs).isGreaterThanOrEqualTo(0.99);
    }

    private static PersonName name(GeneratedPerson p) {
        return PersonName.of(p.familyName(), p.givenNames(), p.patronymic());
    }

    /** The document number stands in for its lookup hash: equal numbers, equal hashes. */
    private static PersonFacts facts(GeneratedPerson p) {
        String document = Registration.normaliseDocumentNumber(p.documentNumber());
        return new PersonFacts(name(p), p.birthDate(), p.birthYear(), document == null ? Set.of() : Set.of(document));
    }
}
