package org.safar.training.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.safar.platform.DomainException;
import org.safar.training.TrainingRecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who came on each class day. A day not marked counts as absent when results are worked out. Days still to
 * come cannot be marked.
 */
@Service
public class Attendance {

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Attendance(JdbcClient jdbc, Enrolments enrolments, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /** Marks for one day: enrolment id to present (true) or absent (false); unmarked people are missing. */
    public Map<Long, Boolean> marksOn(long sessionId, LocalDate day) {
        Map<Long, Boolean> marks = new HashMap<>();
        jdbc.sql("""
                select a.enrolment_id, a.present from training_attendance a
                  join training_enrolment e on e.id = a.enrolment_id
                 where e.session_id = ? and a.class_day = ?""").params(sessionId, day)
                .query(rs -> {
                    marks.put(rs.getLong(1), rs.getBoolean(2));
                });
        return marks;
    }

    /** Days present per enrolment of the session. */
    public Map<Long, Integer> daysPresent(long sessionId) {
        Map<Long, Integer> present = new HashMap<>();
        jdbc.sql("""
                select a.enrolment_id, count(*) from training_attendance a
                  join training_enrolment e on e.id = a.enrolment_id
                 where e.session_id = ? and a.present group by a.enrolment_id""").param(sessionId)
                .query(rs -> {
                    present.put(rs.getLong(1), rs.getInt(2));
                });
        return present;
    }

    /** Records whether the person came on the class day; returns the mark now stored. */
    @Transactional
    public boolean mark(Session session, long enrolmentId, LocalDate day, boolean present) {
        if (session.cancelled()) {
            throw new DomainException(409, "training.session.cancelled");
        }
        if (!session.isClassDay(day)) {
            throw new DomainException(400, "training.attendance.notClassDay");
        }
        if (day.isAfter(LocalDate.now(clock))) {
            throw new DomainException(400, "training.attendance.future");
        }
        session.requireOpen();
        Enrolment enrolment = enrolments.byId(enrolmentId).filter(e -> e.sessionId() == session.id())
                .filter(e -> e.status() == EnrolmentStatus.ENROLLED).orElseThrow(DomainException::notFound);
        jdbc.sql("""
                insert into training_attendance (enrolment_id, class_day, present) values (?, ?, ?)
                on conflict (enrolment_id, class_day) do update set present = excluded.present, marked_at = now()""")
                .params(enrolment.id(), day, present).update();
        events.publishEvent(new TrainingRecordChanged("ATTENDANCE_MARKED", "TrainingSession",
                Long.toString(session.id()), "person " + enrolment.personId() + " " + (present ? "present" : "absent")
                        + " on " + day));
        return present;
    }

    /** Marks everyone enrolled present on the day, except those already marked. */
    @Transactional
    public void markAllPresent(Session session, LocalDate day) {
        Map<Long, Boolean> marks = marksOn(session.id(), day);
        List<Enrolment> unmarked = enrolments.enrolled(session.id()).stream()
                .filter(e -> !marks.containsKey(e.id())).toList();
        for (Enrolment enrolment : unmarked) {
            mark(session, enrolment.id(), day, true);
        }
    }
}
