package org.safar.training.certificates;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safar.people.People;
import org.safar.people.PersonView;
import org.safar.people.matching.ScriptTransliteration;
import org.safar.platform.DomainException;
import org.safar.training.CertificateIssued;
import org.safar.training.CertificateRevoked;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Result;
import org.safar.training.sessions.Session;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing certificates to those who passed and revoking them. A certificate keeps the holder's name as printed,
 * in Latin and in Uzbek Cyrillic letters, whatever script it was entered in.
 */
@Service
public class Certificates {

    static final String SELECT = """
            select c.id, c.code, c.enrolment_id, c.person_id, c.course_id, k.code as course_code, e.session_id,
                   c.holder_latin, c.holder_cyrillic, c.hours, c.starts_on, c.ends_on, c.issued_on, c.revoked_at,
                   c.revoked_reason
              from training_certificate c join training_course k on k.id = c.course_id
              join training_enrolment e on e.id = c.enrolment_id""";

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final Courses courses;
    private final People people;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Certificates(JdbcClient jdbc, Enrolments enrolments, Courses courses, People people,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.courses = courses;
        this.people = people;
        this.events = events;
        this.clock = clock;
    }

    public Optional<Certificate> byCode(String code) {
        return jdbc.sql(SELECT + " where c.code = ?").param(code).query(Certificate.class).optional();
    }

    public List<Certificate> ofSession(long sessionId) {
        return jdbc.sql(SELECT + " where e.session_id = ? order by c.holder_latin").param(sessionId)
                .query(Certificate.class).list();
    }

    public List<Certificate> ofPerson(long personId) {
        return jdbc.sql(SELECT + " where c.person_id = ? order by c.issued_on desc").param(personId)
                .query(Certificate.class).list();
    }

    /** Issues a certificate to everyone who passed and has none yet; returns how many were issued. */
    @Transactional
    public int issueFor(Session session) {
        if (session.cancelled()) {
            throw new DomainException(409, "training.session.cancelled");
        }
        if (!session.resultsRecorded()) {
            throw new DomainException(409, "training.certificates.noResults");
        }
        Course course = courses.byId(session.courseId()).orElseThrow();
        int issued = 0;
        for (Enrolment e : enrolments.enrolled(session.id())) {
            if (e.result() == Result.PASSED && e.certificateCode() == null) {
                issue(session, course, e);
                issued++;
            }
        }
        return issued;
    }

    private void issue(Session session, Course course, Enrolment enrolment) {
        PersonView person = people.require(enrolment.person());
        String name = person.fullName();
        String code = VerificationCode.generate();
        while (byCode(code).isPresent()) {
            code = VerificationCode.generate();
        }
        jdbc.sql("""
                insert into training_certificate (code, enrolment_id, person_id, course_id, holder_latin,
                       holder_cyrillic, hours, starts_on, ends_on, issued_on)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(code, enrolment.id(), person.id(), course.id(), ScriptTransliteration.toLatin(name),
                        ScriptTransliteration.toUzbekCyrillic(name), course.hours(), session.startsOn(),
                        session.endsOn(), LocalDate.now(clock))
                .update();
        events.publishEvent(new CertificateIssued(code, person.personId(), course.code()));
    }

    @Transactional
    public void revoke(String code, String reason) {
        Certificate certificate = byCode(code).orElseThrow(DomainException::notFound);
        if (reason == null || reason.isBlank()) {
            throw new DomainException(400, "training.certificate.reason.required");
        }
        if (reason.strip().length() > 500) {
            throw new DomainException(400, "training.tooLong");
        }
        if (certificate.revoked()) {
            throw new DomainException(409, "training.certificate.alreadyRevoked");
        }
        jdbc.sql("update training_certificate set revoked_at = now(), revoked_reason = ? where id = ?")
                .params(reason.strip(), certificate.id()).update();
        events.publishEvent(new CertificateRevoked(code, certificate.holder(), reason.strip()));
    }
}
