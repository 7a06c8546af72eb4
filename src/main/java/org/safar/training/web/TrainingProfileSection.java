package org.safar.training.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.safar.people.PersonId;
import org.safar.people.ProfileSection;
import org.safar.platform.security.StaffUser;
import org.safar.training.catalogue.Courses;
import org.safar.training.certificates.Certificate;
import org.safar.training.certificates.Certificates;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.Sessions;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The person's training on their profile: sessions they were enrolled in (as far as the reader may see those
 * sessions) and their certificates. Hidden from readers who have no access to training.
 */
@Component
class TrainingProfileSection implements ProfileSection {

    private final Enrolments enrolments;
    private final Certificates certificates;
    private final Sessions sessions;
    private final Courses courses;
    private final MessageSource messages;

    TrainingProfileSection(Enrolments enrolments, Certificates certificates, Sessions sessions, Courses courses,
            MessageSource messages) {
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.sessions = sessions;
        this.courses = courses;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "training";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Shown entriesFor(PersonId person, Locale reader) {
        StaffUser user = StaffUser.current().orElse(null);
        if (user == null || user.roles().stream().noneMatch(r -> List.of(TrainingAccessRules.READERS)
                .contains(r.name()))) {
            return Shown.hidden();
        }
        List<Certificate> held = certificates.ofPerson(person.value());
        List<Enrolment> enrolled = enrolments.ofPerson(person);
        Set<Long> visible = sessions.visibleAmong(user, Stream.concat(enrolled.stream().map(Enrolment::sessionId),
                held.stream().map(Certificate::sessionId)).collect(Collectors.toSet()));
        List<Entry> entries = new ArrayList<>();
        for (Certificate c : held) {
            if (visible.contains(c.sessionId())) {
                entries.add(new Entry(c.formattedCode(), "/training/certificates/" + c.code(),
                        text("training.profile.certificate", reader, courseName(c.courseId(), reader)),
                        text(c.revoked() ? "training.certificate.revoked" : "training.certificate.valid", reader),
                        c.issuedOn()));
            }
        }
        for (Enrolment e : enrolled) {
            if (!visible.contains(e.sessionId())) {
                continue;
            }
            Session s = sessions.byId(e.sessionId()).orElseThrow();
            String status = e.result() != null ? text("training.result." + e.result(), reader)
                    : text("training.enrolment.status." + e.status(), reader);
            entries.add(new Entry(s.reference(), "/training/sessions/" + s.id(), courseName(s.courseId(), reader),
                    status, s.startsOn()));
        }
        return new Shown(true, text("training.profile.title", reader), text("training.profile.empty", reader),
                entries, null);
    }

    private String courseName(long courseId, Locale reader) {
        return courses.byId(courseId).map(c -> c.name(reader)).orElse("");
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
