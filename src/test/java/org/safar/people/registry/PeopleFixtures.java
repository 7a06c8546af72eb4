package org.safar.people.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.safar.people.PersonId;
import org.safar.people.matching.MatchDecision;
import org.safar.people.matching.PersonComparison;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People for tests that share one database: every name is made up of random syllables, so that a test's people
 * only resemble each other; the same name can be written in Latin or in Cyrillic.
 */
@Component
public class PeopleFixtures {

    private static final String[][] SYLLABLES = { { "ka", "ка" }, { "ri", "ри" }, { "mo", "мо" }, { "lu", "лу" },
            { "de", "де" }, { "ta", "та" }, { "zi", "зи" }, { "na", "на" }, { "bo", "бо" }, { "sur", "сур" },
            { "gu", "гу" }, { "fa", "фа" }, { "pi", "пи" }, { "vo", "во" }, { "xu", "ху" } };

    private final PersonRegistry registry;
    private final PersonRecords records;
    private final JdbcClient jdbc;

    PeopleFixtures(PersonRegistry registry, PersonRecords records, JdbcClient jdbc) {
        this.registry = registry;
        this.records = records;
        this.jdbc = jdbc;
    }

    /** A made-up name: family, given names and patronymic in Latin ({@code latin}) and Cyrillic letters. */
    public record Name(String family, String given, String patronymic, String familyCyrl, String givenCyrl,
            String patronymicCyrl) {

        public static Name random() {
            String[] family = word(3);
            String[] given = word(2);
            String[] father = word(2);
            return new Name(family[0] + "ov", given[0], father[0] + "ovich", family[1] + "ов", given[1],
                    father[1] + "ович");
        }

        private static String[] word(int syllables) {
            StringBuilder latin = new StringBuilder();
            StringBuilder cyrillic = new StringBuilder();
            for (int i = 0; i < syllables; i++) {
                String[] syllable = SYLLABLES[ThreadLocalRandom.current().nextInt(SYLLABLES.length)];
                latin.append(syllable[0]);
                cyrillic.append(syllable[1]);
            }
            return new String[] { capital(latin), capital(cyrillic) };
        }

        private static String capital(StringBuilder word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }

    /** The form for a person with this name in Latin letters, born on {@code birthDate}, without document. */
    public static Registration latin(Name name, LocalDate birthDate) {
        return form(name.family(), name.given(), name.patronymic(), birthDate);
    }

    /** The same name in Cyrillic letters. */
    public static Registration cyrillic(Name name, LocalDate birthDate) {
        return form(name.familyCyrl(), name.givenCyrl(), name.patronymicCyrl(), birthDate);
    }

    private static Registration form(String family, String given, String patronymic, LocalDate birthDate) {
        Registration form = new Registration();
        form.setFamilyName(family);
        form.setGivenNames(given);
        form.setPatronymic(patronymic);
        form.setBirthDate(birthDate);
        form.setConfirmedNew(true);
        return form;
    }

    /** A document number nobody else has. */
    public static String documentNumber() {
        return "T" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    /** Registers the person as an officer who has seen the likely matches. */
    public PersonId register(Registration form) {
        form.setConfirmedNew(true);
        return registry.register(form, "TEST").registered();
    }

    /** The id of the review pair of two people, proposing it first if registration did not. */
    public long pairOf(PersonId one, PersonId other) {
        propose(one, other);
        return jdbc.sql("select id from duplicate_candidate where person_low = least(?, ?) and person_high = greatest(?, ?)")
                .params(one.value(), other.value(), one.value(), other.value()).query(Long.class).single();
    }

    /** Proposes the pair as a registration would; false when it was already proposed or decided. */
    public boolean propose(PersonId one, PersonId other) {
        IdentityResolver.Candidate candidate = new IdentityResolver.Candidate(records.byId(other.value()).orElseThrow(),
                new PersonComparison(0.9, MatchDecision.POSSIBLE, List.of("match.reason.name")));
        return registry.queueForReview(one.value(), candidate, "REGISTRATION");
    }

    /** The pairs of these two people, with their status. */
    public List<String> statusesOf(PersonId one, PersonId other) {
        return jdbc.sql("""
                select status from duplicate_candidate where person_low = least(?, ?) and person_high = greatest(?, ?)""")
                .params(one.value(), other.value(), one.value(), other.value()).query(String.class).list();
    }

    /** Puts the pair at the top of the review queue. */
    public void makeCertain(long pair) {
        jdbc.sql("update duplicate_candidate set score = 1 where id = ?").param(pair).update();
    }

    /** Forgets that the two were ever proposed, as if they had been registered before the check existed. */
    public void forgetPair(PersonId one, PersonId other) {
        jdbc.sql("delete from duplicate_candidate where person_low = least(?, ?) and person_high = greatest(?, ?)")
                .params(one.value(), other.value(), one.value(), other.value()).update();
    }
}
