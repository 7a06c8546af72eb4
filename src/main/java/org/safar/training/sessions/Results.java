package org.safar.training.sessions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.safar.platform.DomainException;
import org.safar.training.ResultsRecorded;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Works out each enrolled person's result once the session has ended: the score is the mean of their
 * assessments in percent, attendance the share of class days they were marked present. Recording closes the
 * session: from then on its enrolments, attendance and scores stay as they are, and certificates can be issued.
 */
@Service
public class Results {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final JdbcClient jdbc;
    private final Courses courses;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Assessments assessments;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Results(JdbcClient jdbc, Courses courses, Enrolments enrolments, Attendance attendance, Assessments assessments,
            Sessions sessions, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.courses = courses;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.assessments = assessments;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    /** A person's standing as it would be recorded now. */
    public record Standing(BigDecimal score, BigDecimal attendance, Result result) {
    }

    /** The standing of every enrolled person, by enrolment id, as of now. */
    public Map<Long, Standing> standings(Session session) {
        Course course = courses.byId(session.courseId()).orElseThrow();
        List<Assessment> tests = assessments.of(session.id());
        Map<Long, Map<Long, BigDecimal>> scores = assessments.scores(session.id());
        Map<Long, Integer> present = attendance.daysPresent(session.id());
        int days = session.classDates().size();
        Map<Long, Standing> standings = new LinkedHashMap<>();
        for (Enrolment e : enrolments.enrolled(session.id())) {
            BigDecimal score = score(tests, scores, e.id());
            BigDecimal shareOfDays = days == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(present.getOrDefault(e.id(), 0))
                    .multiply(HUNDRED).divide(BigDecimal.valueOf(days), 1, RoundingMode.HALF_UP);
            standings.put(e.id(), new Standing(score, shareOfDays,
                    Result.of(score, shareOfDays, course.passMark(), course.minAttendance())));
        }
        return standings;
    }

    private static BigDecimal score(List<Assessment> tests, Map<Long, Map<Long, BigDecimal>> scores, long enrolment) {
        if (tests.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Assessment test : tests) {
            BigDecimal got = scores.getOrDefault(test.id(), Map.of()).get(enrolment);
            if (got == null) {
                return null;
            }
            sum = sum.add(got.multiply(HUNDRED).divide(BigDecimal.valueOf(test.maxScore()), 4, RoundingMode.HALF_UP));
        }
        return sum.divide(BigDecimal.valueOf(tests.size()), 1, RoundingMode.HALF_UP);
    }

    @Transactional
    public void record(Session session) {
        if (session.cancelled()) {
            throw new DomainException(409, "training.session.cancelled");
        }
        if (!session.endsOn().isBefore(LocalDate.now(clock).plusDays(1))) {
            throw new DomainException(409, "training.results.tooEarly");
        }
        sessions.lock(session.id());
        sessions.byId(session.id()).orElseThrow().requireOpen();
        int passed = 0;
        int failed = 0;
        int incomplete = 0;
        for (Map.Entry<Long, Standing> entry : standings(session).entrySet()) {
            Standing s = entry.getValue();
            jdbc.sql("update training_enrolment set result = ?, score = ?, attendance = ?, updated_at = now() where id = ?")
                    .params(s.result().name(), s.score(), s.attendance(), entry.getKey()).update();
            switch (s.result()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                case INCOMPLETE -> incomplete++;
            }
        }
        sessions.markResultsRecorded(session.id());
        events.publishEvent(new ResultsRecorded(session.id(), passed, failed, incomplete));
    }
}
