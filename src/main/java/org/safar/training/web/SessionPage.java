package org.safar.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.training.catalogue.Centre;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Courses;
import org.safar.training.certificates.Certificates;
import org.safar.training.sessions.Assessments;
import org.safar.training.sessions.CancelForm;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Result;
import org.safar.training.sessions.Results;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.safar.training.sessions.Sessions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Everything the session page shows: plan, people, class days, assessments, results and certificates; the
 * cancel form while the session may still be cancelled, and why and by whom once it was.
 */
@Component
class SessionPage {

    private final Sessions sessions;
    private final SessionAccess access;
    private final Enrolments enrolments;
    private final Courses courses;
    private final Centres centres;
    private final Assessments assessments;
    private final Results results;
    private final Certificates certificates;
    private final TrainingDisplay display;
    private final Clock clock;

    SessionPage(Sessions sessions, SessionAccess access, Enrolments enrolments, Courses courses, Centres centres,
            Assessments assessments, Results results, Certificates certificates, TrainingDisplay display,
            Clock clock) {
        this.sessions = sessions;
        this.access = access;
        this.enrolments = enrolments;
        this.courses = courses;
        this.centres = centres;
        this.assessments = assessments;
        this.results = results;
        this.certificates = certificates;
        this.display = display;
        this.clock = clock;
    }

    /** A person's line in the session: their enrolment, name and standing as it would be recorded now. */
    record Line(Enrolment enrolment, TrainingDisplay.ShownPerson person, Results.Standing standing) {
    }

    String show(Session session, Locale locale, Model model) {
        Centre centre = centres.byId(session.centreId()).orElseThrow();
        Map<Long, Results.Standing> standings = results.standings(session);
        List<Line> lines = enrolments.of(session.id()).stream()
                .map(e -> new Line(e, display.person(e.personId(), locale), standings.get(e.id()))).toList();
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("s", session);
        model.addAttribute("timetable", String.join(", ", session.weekdays().stream()
                .map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList()));
        model.addAttribute("course", courses.byId(session.courseId()).orElseThrow());
        model.addAttribute("centre", centre);
        model.addAttribute("room", centre.rooms().stream().filter(r -> r.id().equals(session.roomId())).findFirst()
                .orElse(null));
        model.addAttribute("trainers", display.trainerNames(sessions.trainerIds(session.id())));
        model.addAttribute("lines", lines);
        model.addAttribute("classDates", session.classDates());
        model.addAttribute("today", today);
        model.addAttribute("assessments", assessments.of(session.id()));
        model.addAttribute("certificates", certificates.ofSession(session.id()));
        model.addAttribute("canManage", access.mayManage(session));
        model.addAttribute("pendingCertificates", lines.stream().anyMatch(l -> l.enrolment().result() == Result.PASSED
                && l.enrolment().certificateCode() == null));
        boolean canSchedule = SessionAccess.mayScheduleAt(session.officeId());
        model.addAttribute("canSchedule", canSchedule);
        model.addAttribute("open", !session.cancelled() && !session.resultsRecorded());
        model.addAttribute("resultsDue", !session.endsOn().isAfter(today) && !session.resultsRecorded()
                && !session.cancelled());
        model.addAttribute("canCancel", canSchedule && !session.cancelled() && !session.finished(today));
        if (!model.containsAttribute("cancelForm")) {
            model.addAttribute("cancelForm", new CancelForm());
        }
        if (session.cancelledBy() != null) {
            model.addAttribute("cancelledBy", display.trainerNames(List.of(session.cancelledBy())).get(0));
        }
        return "training/session";
    }
}
