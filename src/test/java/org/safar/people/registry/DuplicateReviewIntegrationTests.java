package org.safar.people.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.safar.people.PersonId;
import org.safar.people.PersonMerged;
import org.safar.people.PersonView;
import org.safar.people.matching.NameKeys;
import org.safar.people.registry.PeopleFixtures.Name;
import org.safar.platform.DomainException;
import org.safar.platform.testing.SafarIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Reviewers decide on possible duplicates: two records become one person, or stay two for good. */
@SafarIntegrationTest
@RecordApplicationEvents
class DuplicateReviewIntegrationTests {

    private static final LocalDate BORN = LocalDate.of(1991, 4, 12);

    @Autowired
    DuplicateReview review;

    @Autowired
    PeopleFixtures people;

    @Autowired
    PersonRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Test
    void mergingKeepsTheChosenValuesAndEverythingBothRecordsKnew() {
        Name name = Name.random();
        Registration first = PeopleFixtures.latin(name, BORN);
        first.setDocumentNumber(PeopleFixtures.documentNumber());
        first.setBirthPlace("Samarqand");
        PersonId older = people.register(first);
        Registration second = PeopleFixtures.cyrillic(name, null);
        second.setBirthYear(BORN.getYear());
        second.setDocumentNumber(PeopleFixtures.documentNumber());
        second.setPhone("+998 90 123 45 67");
        second.setBirthPlace("Самарканд");
        PersonId newer = people.register(second);
        long pair = people.pairOf(older, newer);

        review.merge(pair, older, Map.of(MergeField.FAMILY_NAME, newer, MergeField.BIRTH, older,
                MergeField.BIRTH_PLACE, newer));

        PersonView survivor = records.byId(older.value()).orElseThrow();
        assertThat(survivor.familyName()).isEqualTo(name.familyCyrl());
        assertThat(survivor.givenNames()).isEqualTo(name.given());
        assertThat(survivor.birthDate()).isEqualTo(BORN);
        assertThat(survivor.birthPlace()).isEqualTo("Самарканд");
        assertThat(survivor.nameScript()).isEqualTo("Mixed");
        assertThat(jdbc.sql("select name_key from person where id = ?").param(older.value()).query(String.class)
                .single()).isEqualTo(NameKeys.of(name.familyCyrl(), name.given(), name.patronymic()).name());
        assertThat(aliasesOf(older)).containsExactlyInAnyOrder(
                name.familyCyrl() + " " + name.givenCyrl() + " " + name.patronymicCyrl(),
                name.family() + " " + name.given() + " " + name.patronymic());
        assertThat(records.documents(older.value())).extracting(PersonRecords.Document::number)
                .containsExactlyInAnyOrder(first.getDocumentNumber(), second.getDocumentNumber());
        assertThat(records.contacts(older.value())).extracting(PersonRecords.Contact::value)
                .containsExactly("+998 90 123 45 67");
        assertThat(people.statusesOf(older, newer)).containsExactly("MERGED");
    }

    @Test
    void theMergedRecordRedirectsToTheSurvivorAndTheMergeIsAnnouncedAndAudited() {
        Name name = Name.random();
        PersonId older = people.register(PeopleFixtures.latin(name, BORN));
        PersonId newer = people.register(PeopleFixtures.cyrillic(name, BORN));

        review.merge(people.pairOf(older, newer), newer, Map.of());

        assertThat(records.byId(older.value()).orElseThrow().mergedInto()).isEqualTo(newer.value());
        assertThat(records.byId(newer.value()).orElseThrow().mergedInto()).isNull();
        assertThat(events.stream(PersonMerged.class)).containsExactly(new PersonMerged(newer, older));
        assertThat(jdbc.sql("select summary from audit_event where action = 'PERSON_MERGED' and entity_id = ?")
                .param(newer.toString()).query(String.class).list())
                .containsExactly(older + " merged into " + newer);
    }

    @Test
    void otherOpenPairsOfTheMergedRecordNowConcernTheSurvivor() {
        Name name = Name.random();
        PersonId kept = people.register(PeopleFixtures.latin(name, BORN));
        PersonId merged = people.register(PeopleFixtures.cyrillic(name, BORN));
        PersonId third = people.register(PeopleFixtures.latin(Name.random(), BORN));
        long other = people.pairOf(merged, third);

        review.merge(people.pairOf(kept, merged), kept, Map.of());

        assertThat(review.pair(other).orElseThrow()).satisfies(pair -> {
            assertThat(pair.isOpen()).isTrue();
            assertThat(pair.member(kept.value())).isPresent();
            assertThat(pair.member(third.value())).isPresent();
        });
    }

    @Test
    void twoPeopleFoundNotToBeTheSameAreNeverProposedAgain() {
        Name name = Name.random();
        PersonId one = people.register(PeopleFixtures.latin(name, BORN));
        PersonId other = people.register(PeopleFixtures.cyrillic(name, BORN));
        long pair = people.pairOf(one, other);

        review.notSame(pair);

        assertThat(people.propose(one, other)).isFalse();
        assertThat(people.propose(other, one)).isFalse();
        assertThat(people.statusesOf(one, other)).containsExactly("NOT_SAME");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'DUPLICATE_NOT_SAME' and entity_id = ?")
                .param(Long.toString(Math.min(one.value(), other.value()))).query(Long.class).single()).isOne();
    }

    @Test
    void aDecidedPairCannotBeDecidedAgain() {
        Name name = Name.random();
        PersonId one = people.register(PeopleFixtures.latin(name, BORN));
        PersonId other = people.register(PeopleFixtures.cyrillic(name, BORN));
        long pair = people.pairOf(one, other);
        review.notSame(pair);

        assertThatThrownBy(() -> review.merge(pair, one, Map.of())).isInstanceOfSatisfying(DomainException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("duplicate.alreadyDecided"));
        assertThatThrownBy(() -> review.notSame(pair)).isInstanceOf(DomainException.class);
        assertThat(records.byId(other.value()).orElseThrow().mergedInto()).isNull();
    }

    @Test
    void theSurvivorMustBeOneOfThePair() {
        Name name = Name.random();
        PersonId one = people.register(PeopleFixtures.latin(name, BORN));
        PersonId other = people.register(PeopleFixtures.cyrillic(name, BORN));
        PersonId stranger = people.register(PeopleFixtures.latin(Name.random(), BORN));
        long pair = people.pairOf(one, other);

        assertThatThrownBy(() -> review.merge(pair, stranger, Map.of())).isInstanceOfSatisfying(
                DomainException.class, refused -> assertThat(refused.messageKey()).isEqualTo("duplicate.survivor.invalid"));
        assertThat(people.statusesOf(one, other)).containsExactly("OPEN");
    }

    private java.util.List<String> aliasesOf(PersonId person) {
        return jdbc.sql("select full_name from person_alias where person_id = ? and source = 'MERGED'")
                .param(person.value()).query(String.class).list();
    }
}
