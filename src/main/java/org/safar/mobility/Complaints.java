package org.safar.mobility;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.safar.mobility.licensing.Actor;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.Employer;
import org.safar.mobility.licensing.Employers;
import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Complaints against an agency or a foreign employer, taken by staff. Filing one publishes {@link ComplaintFiled};
 * a protection module that opens a case for it reports the case's reference through {@link #linkCase}.
 */
@Service
public class Complaints {

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final Employers employers;
    private final People people;
    private final ApplicationEventPublisher events;

    Complaints(JdbcClient jdbc, Agencies agencies, Employers employers, People people,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.employers = employers;
        this.people = people;
        this.events = events;
    }

    /** A complaint as staff see it. */
    public record Complaint(long id, String reference, Long agencyId, String agencyName, Long employerId,
            String employerName, Long personId, String country, String summary, long officeId,
            String caseReference, String takenBy, Instant takenAt) {
    }

    /** Records the complaint taken in office {@code officeId} and announces it; returns its id. */
    @Transactional
    public long file(Long agencyId, Long employerId, PersonId person, String country, String summary,
            long officeId) {
        if (agencyId == null && employerId == null) {
            throw new DomainException("complaint.against.required");
        }
        if (summary == null || summary.trim().length() < 5) {
            throw new DomainException("complaint.summary.required");
        }
        if (summary.length() > 4000) {
            throw new DomainException("mobility.tooLong");
        }
        Agency agency = agencyId == null ? null : agencies.byId(agencyId)
                .orElseThrow(() -> new DomainException("complaint.agency.unknown"));
        Employer employer = employerId == null ? null : employers.byId(employerId)
                .orElseThrow(() -> new DomainException("complaint.employer.unknown"));
        PersonId found = person == null ? null : people.find(person).map(p -> p.personId())
                .orElseThrow(() -> new DomainException("application.person.unknown", person.toString()));
        String where = country != null && !country.isBlank() ? country : employer != null ? employer.country() : null;
        long number = jdbc.sql("select nextval('complaint_reference_seq')").query(Long.class).single();
        String reference = "CMP-" + java.time.Year.now() + "-" + String.format("%05d", number);
        long id = jdbc.sql("""
                insert into complaint (reference, agency_id, employer_id, person_id, country, summary, office_id,
                       taken_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reference, agencyId, employerId, found == null ? null : found.value(), where, summary.trim(),
                        officeId, Actor.current())
                .query(Long.class).single();
        events.publishEvent(new ComplaintFiled(id, reference, agencyId, agency == null ? null : agency.legalName(),
                employerId, employer == null ? null : employer.name(), found, where, summary.trim(), officeId));
        return id;
    }

    /** Stores the reference of the protection case opened for the complaint; repeating it with the same is fine. */
    @Transactional
    public void linkCase(long complaintId, String caseReference) {
        if (caseReference == null || caseReference.isBlank()) {
            throw new DomainException("complaint.case.required");
        }
        Complaint complaint = byId(complaintId).orElseThrow(DomainException::notFound);
        if (caseReference.trim().equals(complaint.caseReference())) {
            return;
        }
        jdbc.sql("update complaint set case_reference = ? where id = ?").params(caseReference.trim(), complaintId)
                .update();
        events.publishEvent(new MobilityRecordChanged("COMPLAINT_CASE_LINKED", "Complaint", complaint.reference(),
                caseReference.trim()));
    }

    public Optional<Complaint> byId(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(Complaints::complaint).optional();
    }

    public List<Complaint> againstAgency(long agencyId) {
        return jdbc.sql(SELECT + " where c.agency_id = ? order by c.created_at desc").param(agencyId)
                .query(Complaints::complaint).list();
    }

    public List<Complaint> againstEmployer(long employerId) {
        return jdbc.sql(SELECT + " where c.employer_id = ? order by c.created_at desc").param(employerId)
                .query(Complaints::complaint).list();
    }

    public List<Complaint> latest(int limit) {
        return jdbc.sql(SELECT + " order by c.created_at desc, c.id desc limit ?").param(limit)
                .query(Complaints::complaint).list();
    }

    private static final String SELECT = """
            select c.*, a.legal_name agency_name, e.name employer_name
              from complaint c left join agency a on a.id = c.agency_id left join employer e on e.id = c.employer_id
            """;

    private static Complaint complaint(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Complaint(rs.getLong("id"), rs.getString("reference"), rs.getObject("agency_id", Long.class),
                rs.getString("agency_name"), rs.getObject("employer_id", Long.class), rs.getString("employer_name"),
                rs.getObject("person_id", Long.class), rs.getString("country"), rs.getString("summary"),
                rs.getLong("office_id"), rs.getString("case_reference"), rs.getString("taken_by"),
                rs.getTimestamp("created_at").toInstant());
    }
}
