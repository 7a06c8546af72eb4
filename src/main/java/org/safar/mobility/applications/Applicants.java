package org.safar.mobility.applications;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.safar.mobility.licensing.Agency;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.people.People;
import org.safar.people.PersonView;
import org.safar.people.matching.MatchDecision;
import org.safar.people.matching.NameComparator;
import org.safar.people.matching.PersonName;
import org.safar.platform.DomainException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicants an agency enters from their passport, resolved to a registered person without showing the registry
 * to the agency. The passport's number (by its keyed lookup hash) and issuing country find the holder; the holder
 * is the applicant only when the names agree in any script and the birth date agrees, else the entry is refused
 * with a message that says nothing of the record. A passport nobody holds registers the person, the likely
 * namesakes going to the duplicate review queue. All in one transaction: a refusal leaves nothing behind.
 */
@Service
public class Applicants {

    /** Two-key advisory lock class: one entry per passport at a time, so that two clicks make one person. */
    private static final int PASSPORT_LOCK = 0x4d4f4231;

    private final Applications applications;
    private final People people;
    private final JdbcClient jdbc;
    private final NameComparator names = new NameComparator();

    Applicants(Applications applications, People people, JdbcClient jdbc) {
        this.applications = applications;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** The application entered for the applicant; refused when the passport's holder is someone else. */
    @Transactional
    public VacancyApplication add(Vacancy vacancy, Agency agency, ApplicantForm applicant) {
        Applications.refuseUnlessPublished(vacancy);
        String number = applicant.getDocumentNumber().replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        String country = applicant.getDocumentCountry();
        jdbc.sql("select pg_advisory_xact_lock(?, ?)").params(PASSPORT_LOCK, (country + number).hashCode())
                .query().singleValue();
        List<PersonView> holders = people.holdersOf(number, country);
        PersonView person;
        String how;
        if (holders.isEmpty()) {
            person = people.require(people.register(new People.NewPerson(applicant.getFamilyName(),
                    applicant.getGivenNames(), applicant.getSex(), applicant.getBirthDate(), "PASSPORT", number,
                    country, applicant.getPhone()), People.AGENCY + " " + agency.licenceNumber()));
            how = "registered";
        }
        else {
            person = holders.stream().filter(holder -> agrees(applicant, holder)).findFirst()
                    .orElseThrow(() -> new DomainException(422, "applicant.mismatch"));
            how = "found";
        }
        long id = applications.enter(vacancy, person, new DomainException(409, "applicant.duplicate"),
                person.reference() + " to " + vacancy.reference() + " by passport (" + how + ") for "
                        + agency.licenceNumber());
        return applications.byId(id).orElseThrow();
    }

    /** The names agree in any script and spelling, and so does the birth date as far as the record knows it. */
    boolean agrees(ApplicantForm applicant, PersonView holder) {
        PersonName typed = PersonName.of(applicant.getFamilyName(), applicant.getGivenNames(), null);
        PersonName recorded = PersonName.of(holder.familyName(), holder.givenNames(), holder.patronymic());
        if (names.compare(typed, recorded).decision() != MatchDecision.MATCH) {
            return false;
        }
        if (holder.birthDate() != null) {
            return holder.birthDate().equals(applicant.getBirthDate());
        }
        return Optional.ofNullable(holder.birthYear()).map(year -> year == applicant.getBirthDate().getYear())
                .orElse(true);
    }
}
