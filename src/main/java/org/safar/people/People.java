package org.safar.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safar.people.matching.ScriptTransliteration;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.PersonSearch;
import org.safar.people.registry.Registration;
import org.safar.platform.DomainException;
import org.safar.platform.Language;
import org.safar.platform.security.SensitiveData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry as other modules see it: find a person (following merges to the record that survived), show a
 * name in the reader's script, and search for a person to link to a case, an application or an enrolment.
 */
@Service
public class People {

    /** The source of people a mobility agency entered, followed by a space and the agency's licence number. */
    public static final String AGENCY = PersonRegistry.AGENCY;

    private static final int MAX_MERGE_CHAIN = 20;

    private final PersonRecords records;
    private final PersonSearch search;
    private final PersonRegistry registry;
    private final SensitiveData sensitive;
    private final JdbcClient jdbc;

    People(PersonRecords records, PersonSearch search, PersonRegistry registry, SensitiveData sensitive,
            JdbcClient jdbc) {
        this.records = records;
        this.search = search;
        this.registry = registry;
        this.sensitive = sensitive;
        this.jdbc = jdbc;
    }

    /** A person as someone outside the registry knows them: from an identity document held in their hand. */
    public record NewPerson(String familyName, String givenNames, String sex, LocalDate birthDate,
            String documentType, String documentNumber, String documentCountry, String phone) {
    }

    /**
     * The people holding a document with this number issued by this country (ISO alpha-2), found by the number's
     * keyed lookup hash and followed through merges; one as a rule, more only while duplicates await review.
     */
    public List<PersonView> holdersOf(String documentNumber, String issuingCountry) {
        String hash = sensitive.lookupHash(Registration.normaliseDocumentNumber(documentNumber));
        return jdbc.sql("""
                select distinct person_id from identity_document where number_hash = ? and issuing_country = ?
                 order by person_id""").params(hash, issuingCountry).query(Long.class).list().stream()
                .map(id -> find(PersonId.of(id))).flatMap(Optional::stream).distinct().toList();
    }

    /**
     * Registers a person, with their document and phone, for a caller who has already looked for them by document
     * and may not see the registry: the likely matches by name go to the duplicate review queue, never back. A
     * mobility agency gives the source {@link #AGENCY} and its licence number ("AGENCY UZ-0042"), so that the
     * reviewer sees the pair as entered by an agency.
     */
    @Transactional
    public PersonId register(NewPerson person, String source) {
        Registration form = new Registration();
        form.setFamilyName(person.familyName());
        form.setGivenNames(person.givenNames());
        form.setSex(person.sex());
        form.setBirthDate(person.birthDate());
        form.setDocumentType(person.documentType());
        form.setDocumentNumber(person.documentNumber());
        form.setDocumentCountry(person.documentCountry());
        form.setPhone(person.phone());
        form.setConfirmedNew(true);
        return registry.register(form, source).registered();
    }

    /** The person, or the record they were merged into; empty when no such person was ever registered. */
    public Optional<PersonView> find(PersonId person) {
        Optional<PersonView> found = records.byId(person.value());
        for (int i = 0; i < MAX_MERGE_CHAIN && found.isPresent() && found.get().mergedInto() != null; i++) {
            found = records.byId(found.get().mergedInto());
        }
        return found;
    }

    /** The person as {@link #find} finds them; a 404 with a translated message ({@code person.notFound}) if not. */
    public PersonView require(PersonId person) {
        return find(person).orElseThrow(() -> new DomainException(404, "person.notFound"));
    }

    /** Up to {@code limit} people whose names look like {@code text} in any script, most similar first. */
    public List<PersonView> search(String text, int limit) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return search.search(new PersonSearch.Query(text, null, null, null), limit).stream()
                .map(PersonSearch.Hit::person).toList();
    }

    /** The person's full name written in the reader's script (stored names never change, only their display). */
    public static String nameFor(PersonView person, Locale reader) {
        return inReadersScript(person.fullName(), reader);
    }

    /** A name written the way a reader of {@code reader}'s language and script would write it. */
    public static String inReadersScript(String name, Locale reader) {
        return switch (Language.of(reader).orElse(Language.EN)) {
            case UZ_CYRL -> ScriptTransliteration.toUzbekCyrillic(name);
            case RU -> ScriptTransliteration.toRussianCyrillic(name);
            case UZ_LATN, EN -> ScriptTransliteration.toLatin(name);
        };
    }
}
