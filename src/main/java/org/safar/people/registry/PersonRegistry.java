package org.safar.people.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.safar.people.PersonId;
import org.safar.people.PersonRegistered;
import org.safar.people.PersonUpdated;
import org.safar.people.PersonView;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registering people. Before a new record is made, the likely existing matches are shown; only when the officer
 * confirms it is someone else is the person created, and the close calls go to the duplicate review queue.
 */
@Service
public class PersonRegistry {

    /** The source of people registered by an import; their suspected duplicates are queued as such. */
    public static final String IMPORT = "IMPORT";

    /**
     * The source of people a mobility agency entered from a passport, followed by the agency's licence number;
     * their suspected duplicates are queued as {@code AGENCY}: the data was typed by an agency, not by staff.
     */
    public static final String AGENCY = "AGENCY";

    /** The fields that matching compares; a correction of one of them is matched again. */
    private static final List<String> MATCHED_FIELDS = List.of("familyName", "givenNames", "patronymic",
            "birthDate", "birthYear");

    private final PersonRecords records;
    private final IdentityResolver resolver;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    PersonRegistry(PersonRecords records, IdentityResolver resolver, ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.records = records;
        this.resolver = resolver;
        this.events = events;
        this.jdbc = jdbc;
    }

    /**
     * Either the new person, or the candidates the officer must look at first. A person registered although
     * candidates were found ({@code confirmedNew}) comes with those candidates, now queued for review.
     */
    public record Outcome(PersonId registered, List<IdentityResolver.Candidate> candidates) {

        public boolean needsReview() {
            return registered == null;
        }
    }

    @Transactional
    public Outcome register(Registration form, String source) {
        List<IdentityResolver.Candidate> candidates = resolver.candidatesFor(form, null);
        if (!candidates.isEmpty() && !form.isConfirmedNew()) {
            return new Outcome(null, candidates);
        }
        Long office = StaffUser.current().flatMap(user -> user.officeIds().stream().findFirst()).orElse(null);
        long id = records.insert(form, office);
        for (IdentityResolver.Candidate candidate : candidates) {
            queueForReview(id, candidate, queuedAs(source));
        }
        events.publishEvent(new PersonRegistered(PersonId.of(id), records.reference(id), source));
        return new Outcome(PersonId.of(id), candidates);
    }

    /** The source a pair found at registration is queued with: an import, an agency's entry, or staff's. */
    private static String queuedAs(String source) {
        if (IMPORT.equals(source)) {
            return IMPORT;
        }
        return AGENCY.equals(source) || source.startsWith(AGENCY + " ") ? AGENCY : "REGISTRATION";
    }

    /** The fields a correction changed, and the people it now looks like, whose pairs wait for review. */
    public record Correction(List<String> changed, List<PersonId> possibleDuplicates) {
    }

    /**
     * Corrects a person's basic facts (names, sex, birth, citizenship, home, current country); documents and
     * contacts are not touched. A replaced name is kept as an alias so that it still finds the person. When names
     * or birth changed, the person is matched against the registry again as at registration. Nothing is written
     * when no field changed.
     */
    @Transactional
    public Correction update(PersonId person, Registration form, String source) {
        PersonView before = records.byId(person.value()).filter(p -> p.mergedInto() == null)
                .orElseThrow(DomainException::notFound);
        List<String> changed = changes(before, form);
        if (changed.isEmpty()) {
            return new Correction(changed, List.of());
        }
        if (!records.update(person.value(), form)) {
            throw DomainException.notFound();
        }
        if (changed.contains("familyName") || changed.contains("givenNames") || changed.contains("patronymic")) {
            records.addAlias(before, "ENTERED");
        }
        events.publishEvent(new PersonUpdated(person, before.reference(), changed, source));
        boolean matchedOn = changed.stream().anyMatch(MATCHED_FIELDS::contains);
        return new Correction(changed, matchedOn ? matchAgain(person) : List.of());
    }

    /**
     * After a correction of what matching compares (names, birth, documents): the candidates registration would
     * find for the record as it now is are queued for review (source {@code CORRECTION}); a pair already decided
     * is not proposed again. Returns the people whose pair with this person is open now, best match first.
     */
    @Transactional
    public List<PersonId> matchAgain(PersonId person) {
        PersonView now = records.live(person);
        List<PersonId> open = new ArrayList<>();
        for (IdentityResolver.Candidate candidate : resolver.candidatesOf(now)) {
            queueForReview(now.id(), candidate, "CORRECTION");
            if (isOpen(now.id(), candidate.person().id())) {
                open.add(candidate.person().personId());
            }
        }
        return List.copyOf(open);
    }

    private boolean isOpen(long one, long other) {
        return jdbc.sql("""
                select exists (select 1 from duplicate_candidate where status = 'OPEN'
                    and person_low = least(?, ?) and person_high = greatest(?, ?))""")
                .params(one, other, one, other).query(Boolean.class).single();
    }

    private static List<String> changes(PersonView before, Registration after) {
        List<String> changed = new ArrayList<>();
        compare(changed, "familyName", before.familyName(), after.getFamilyName());
        compare(changed, "givenNames", before.givenNames(), after.getGivenNames());
        compare(changed, "patronymic", before.patronymic(), after.getPatronymic());
        compare(changed, "sex", before.sex(), after.getSex());
        compare(changed, "birthDate", before.birthDate(), after.getBirthDate());
        compare(changed, "birthYear", before.birthYear(), after.getBirthYear());
        compare(changed, "citizenship", before.citizenship(), after.getCitizenship());
        compare(changed, "birthPlace", before.birthPlace(), after.getBirthPlace());
        compare(changed, "homeRegion", before.homeRegion(), after.getHomeRegion());
        compare(changed, "homeDistrict", before.homeDistrict(), after.getHomeDistrict());
        compare(changed, "homeAddress", before.homeAddress(), after.getHomeAddress());
        compare(changed, "currentCountry", before.currentCountry(), after.getCurrentCountry());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    /**
     * A pair a reviewer should decide on, unless it was already proposed or ruled out (a pair decided "not the
     * same person" stays in the table, so it is never proposed again); true when the pair is new.
     */
    boolean queueForReview(long personId, IdentityResolver.Candidate candidate, String source) {
        long other = candidate.person().id();
        return jdbc.sql("""
                insert into duplicate_candidate (person_low, person_high, score, reasons, source)
                values (least(?, ?), greatest(?, ?), ?, ?, ?)
                on conflict (person_low, person_high) do nothing""")
                .params(personId, other, personId, other, candidate.comparison().score(),
                        String.join(",", candidate.comparison().reasons()), source)
                .update() > 0;
    }
}
