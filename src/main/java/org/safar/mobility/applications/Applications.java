package org.safar.mobility.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.safar.mobility.MobilityRecordChanged;
import org.safar.mobility.licensing.Actor;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.mobility.vacancies.VacancyStatus;
import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications of registered people to vacancies, entered by staff or by the vacancy's agency. One open
 * application per person and vacancy. Departure and return are recorded on the application and shown on the
 * person's profile.
 */
@Service
public class Applications {

    private static final String SELECT = """
            select ap.*, v.reference vacancy_reference, v.title, v.agency_id, v.country, v.required_course_code,
                   a.legal_name agency_name
              from vacancy_application ap join vacancy v on v.id = ap.vacancy_id join agency a on a.id = v.agency_id
            """;

    private final JdbcClient jdbc;
    private final People people;
    private final ApplicationEventPublisher events;

    Applications(JdbcClient jdbc, People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.people = people;
        this.events = events;
    }

    public Optional<VacancyApplication> byId(long id) {
        return jdbc.sql(SELECT + " where ap.id = ?").param(id).query(Applications::application).optional();
    }

    public List<VacancyApplication> ofVacancy(long vacancyId) {
        return jdbc.sql(SELECT + " where ap.vacancy_id = ? order by ap.created_at, ap.id").param(vacancyId)
                .query(Applications::application).list();
    }

    public List<VacancyApplication> ofPerson(PersonId person) {
        return jdbc.sql(SELECT + " where ap.person_id = ? order by ap.created_at desc").param(person.value())
                .query(Applications::application).list();
    }

    /** Applications of one agency's vacancies, or all when {@code agencyId} is null; newest first. */
    public List<VacancyApplication> list(Long agencyId, int limit) {
        return jdbc.sql(SELECT + """
                 where (cast(:agency as bigint) is null or v.agency_id = :agency)
                 order by ap.updated_at desc limit :limit""").param("agency", agencyId).param("limit", limit)
                .query(Applications::application).list();
    }

    /** The person applies to a published vacancy; the person is found by registry id (following merges). */
    @Transactional
    public long apply(Vacancy vacancy, PersonId person) {
        refuseUnlessPublished(vacancy);
        PersonView found = people.find(person).orElseThrow(() -> new DomainException("application.person.unknown",
                person.toString()));
        return enter(vacancy, found, new DomainException(409, "application.duplicate", found.reference()),
                found.reference() + " to " + vacancy.reference());
    }

    static void refuseUnlessPublished(Vacancy vacancy) {
        if (vacancy.status() != VacancyStatus.PUBLISHED) {
            throw new DomainException(409, "application.vacancy.notPublished");
        }
    }

    /** Writes the application, its first history line and its audited event; {@code duplicate} when one is open. */
    long enter(Vacancy vacancy, PersonView person, DomainException duplicate, String auditSummary) {
        long number = jdbc.sql("select nextval('application_reference_seq')").query(Long.class).single();
        String reference = "APP-" + LocalDate.now().getYear() + "-" + String.format("%06d", number);
        long id;
        try {
            id = jdbc.sql("""
                    insert into vacancy_application (reference, vacancy_id, person_id, status, entered_by)
                    values (?, ?, ?, 'APPLIED', ?) returning id""")
                    .params(reference, vacancy.id(), person.id(), Actor.current()).query(Long.class).single();
        }
        catch (DuplicateKeyException alreadyApplied) {
            throw duplicate;
        }
        history(id, ApplicationStatus.APPLIED, null);
        events.publishEvent(new MobilityRecordChanged("APPLICATION_ENTERED", "Application", reference,
                auditSummary));
        return id;
    }

    /**
     * Moves the application on. Departure needs its date and the contract's end; the country is the vacancy's.
     * Return needs its date, not before departure.
     */
    @Transactional
    public void move(long id, ApplicationStatus next, String reason, LocalDate date, LocalDate contractEndsOn) {
        VacancyApplication application = byId(id).orElseThrow(DomainException::notFound);
        if (next == null || !application.status().canMoveTo(next)) {
            throw new DomainException(409, "application.move.refused");
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (next == ApplicationStatus.DEPARTED) {
            if (date == null || contractEndsOn == null || !contractEndsOn.isAfter(date)) {
                throw new DomainException("application.departure.dates");
            }
            jdbc.sql("""
                    update vacancy_application set departed_on = ?, departure_country = ?, contract_ends_on = ?
                     where id = ?""").params(date, application.country(), contractEndsOn, id).update();
        }
        if (next == ApplicationStatus.RETURNED) {
            if (date == null || date.isBefore(application.departedOn())) {
                throw new DomainException("application.return.date");
            }
            jdbc.sql("update vacancy_application set returned_on = ? where id = ?").params(date, id).update();
        }
        if ((next == ApplicationStatus.REJECTED || next == ApplicationStatus.WITHDRAWN) && why == null) {
            throw new DomainException("application.reason.required");
        }
        jdbc.sql("update vacancy_application set status = ?, status_reason = ?, updated_at = now() where id = ?")
                .params(next.name(), why, id).update();
        history(id, next, why);
        events.publishEvent(new MobilityRecordChanged("APPLICATION_" + next.name(), "Application",
                application.reference(), application.vacancyReference() + (why == null ? "" : ": " + why)));
    }

    /** Points the applications of a merged person at the record that remains; safe to repeat. */
    @Transactional
    public int movePerson(PersonId from, PersonId to) {
        jdbc.sql("""
                update vacancy_application m set status = 'WITHDRAWN', status_reason = 'person.merged'
                 where m.person_id = :from and m.status not in ('WITHDRAWN', 'REJECTED')
                   and exists (select 1 from vacancy_application s where s.person_id = :to
                               and s.vacancy_id = m.vacancy_id and s.status not in ('WITHDRAWN', 'REJECTED'))""")
                .param("from", from.value()).param("to", to.value()).update();
        int moved = jdbc.sql("update vacancy_application set person_id = ? where person_id = ?")
                .params(to.value(), from.value()).update();
        jdbc.sql("update complaint set person_id = ? where person_id = ?").params(to.value(), from.value()).update();
        return moved;
    }

    private void history(long id, ApplicationStatus status, String reason) {
        jdbc.sql("insert into vacancy_application_history (application_id, status, reason, actor) values (?, ?, ?, ?)")
                .params(id, status.name(), reason, Actor.current()).update();
    }

    private static VacancyApplication application(ResultSet rs, int row) throws SQLException {
        return new VacancyApplication(rs.getLong("id"), rs.getString("reference"), rs.getLong("vacancy_id"),
                rs.getString("vacancy_reference"), rs.getString("title"), rs.getLong("agency_id"),
                rs.getString("agency_name"), rs.getString("country"), rs.getString("required_course_code"),
                rs.getLong("person_id"), ApplicationStatus.valueOf(rs.getString("status")),
                rs.getString("status_reason"), rs.getObject("departed_on", LocalDate.class),
                rs.getString("departure_country"), rs.getObject("contract_ends_on", LocalDate.class),
                rs.getObject("returned_on", LocalDate.class),
                rs.getTimestamp("created_at").toInstant().atOffset(ZoneOffset.UTC).toLocalDate());
    }
}
