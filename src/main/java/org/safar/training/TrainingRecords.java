package org.safar.training;

import java.util.List;
import java.util.Optional;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.safar.training.certificates.Certificate;
import org.safar.training.certificates.Certificates;
import org.safar.training.certificates.VerificationCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Training as other modules see it: the courses (so that a vacancy can require one), whether a person holds a
 * valid certificate for a course (so that an application can show it), and the public check of a certificate
 * by its code (for the portal's verification page).
 */
@Service
public class TrainingRecords {

    private final Courses courses;
    private final Certificates certificates;
    private final People people;
    private final JdbcClient jdbc;

    TrainingRecords(Courses courses, Certificates certificates, People people, JdbcClient jdbc) {
        this.courses = courses;
        this.certificates = certificates;
        this.people = people;
        this.jdbc = jdbc;
    }

    /** Every course that is still offered, by kind and code. */
    public List<CourseSummary> courses() {
        return courses.all().stream().filter(Course::active).map(Course::summary).toList();
    }

    /**
     * The person's newest valid certificate for the course with {@code courseCode}, following merges (a
     * certificate of a merged record belongs to the survivor); empty if they hold none or it was revoked.
     */
    public Optional<CertificateSummary> validCertificate(PersonId person, String courseCode) {
        PersonId holder = people.find(person).map(found -> found.personId()).orElse(person);
        return jdbc.sql("""
                select c.code, k.code as course_code, c.person_id, c.issued_on, c.hours
                  from training_certificate c join training_course k on k.id = c.course_id
                 where c.person_id = ? and k.code = ? and c.revoked_at is null
                 order by c.issued_on desc, c.id desc limit 1""")
                .params(holder.value(), courseCode)
                .query((rs, n) -> new CertificateSummary(rs.getString(1), rs.getString(2),
                        PersonId.of(rs.getLong(3)), rs.getDate(4).toLocalDate(), rs.getInt(5)))
                .optional();
    }

    /** What the public may learn about the certificate with the code someone typed; empty for no such code. */
    public Optional<CertificateCheck> check(String typedCode) {
        return VerificationCode.normalise(typedCode).flatMap(certificates::byCode).map(this::checked);
    }

    private CertificateCheck checked(Certificate certificate) {
        Course course = courses.byId(certificate.courseId()).orElseThrow();
        return new CertificateCheck(certificate.formattedCode(), certificate.revoked(), course.nameUz(),
                course.nameUzCyrl(), course.nameRu(), course.nameEn(), certificate.issuedOn(),
                certificate.holderLatin(), certificate.holderCyrillic());
    }
}
