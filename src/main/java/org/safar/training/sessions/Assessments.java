package org.safar.training.sessions;

import java.math.BigDecimal;
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

/** The assessments of a session and the scores people got in them. */
@Service
public class Assessments {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Assessments(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<Assessment> of(long sessionId) {
        return jdbc.sql("select id, session_id, name, max_score, held_on from training_assessment where session_id = ? order by id")
                .param(sessionId).query(Assessment.class).list();
    }

    /** Scores by assessment id, then enrolment id. */
    public Map<Long, Map<Long, BigDecimal>> scores(long sessionId) {
        Map<Long, Map<Long, BigDecimal>> scores = new HashMap<>();
        jdbc.sql("""
                select s.assessment_id, s.enrolment_id, s.score from training_score s
                  join training_assessment a on a.id = s.assessment_id where a.session_id = ?""").param(sessionId)
                .query(rs -> {
                    scores.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getBigDecimal(3));
                });
        return scores;
    }

    @Transactional
    public long add(Session session, String name, int maxScore, LocalDate heldOn) {
        session.requireOpen();
        boolean taken = jdbc.sql("select exists (select 1 from training_assessment where session_id = ? and lower(name) = lower(?))")
                .params(session.id(), name.strip()).query(Boolean.class).single();
        if (taken) {
            throw new DomainException(409, "training.assessment.taken", name.strip());
        }
        long id = jdbc.sql("""
                insert into training_assessment (session_id, name, max_score, held_on) values (?, ?, ?, ?) returning id""")
                .params(session.id(), name.strip(), maxScore, heldOn).query(Long.class).single();
        events.publishEvent(new TrainingRecordChanged("ASSESSMENT_ADDED", "TrainingSession",
                Long.toString(session.id()), name.strip() + " out of " + maxScore));
        return id;
    }

    /** Stores the scores given (enrolment id to score; {@code null} clears a score) for one assessment. */
    @Transactional
    public void record(Session session, long assessmentId, Map<Long, BigDecimal> scores) {
        session.requireOpen();
        Assessment assessment = of(session.id()).stream().filter(a -> a.id() == assessmentId).findFirst()
                .orElseThrow(DomainException::notFound);
        scores.forEach((enrolment, score) -> {
            if (score == null) {
                jdbc.sql("delete from training_score where assessment_id = ? and enrolment_id = ?")
                        .params(assessmentId, enrolment).update();
            }
            else {
                jdbc.sql("""
                        insert into training_score (assessment_id, enrolment_id, score)
                        select ?, e.id, ? from training_enrolment e where e.id = ? and e.session_id = ?
                        on conflict (assessment_id, enrolment_id) do update set score = excluded.score""")
                        .params(assessmentId, score, enrolment, session.id()).update();
            }
        });
        events.publishEvent(new TrainingRecordChanged("SCORES_RECORDED", "TrainingSession",
                Long.toString(session.id()), scores.size() + " scores for " + assessment.name()));
    }
}
