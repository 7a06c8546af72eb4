package org.safar.training.sessions;

import java.util.List;

import org.safar.people.PersonMerged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Moves enrolments and certificates of a merged record to the survivor. When both were in the same session, the
 * enrolment that counts more is kept (one with a certificate, then enrolled, then waiting, then withdrawn; the
 * survivor's on a tie), the other's attendance and scores fill its gaps, and the other is removed. Two enrolments
 * that both carry a certificate both stay, the merged record's one still naming the merged id (which
 * {@code People.find} follows). Delivered again, it finds nothing left to move.
 */
@Component
class MergedPeople {

    private final JdbcClient jdbc;
    private final Enrolments enrolments;

    MergedPeople(JdbcClient jdbc, Enrolments enrolments) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
    }

    @ApplicationModuleListener
    void on(PersonMerged merged) {
        long survivor = merged.survivor().value();
        long gone = merged.merged().value();
        List<long[]> collisions = jdbc.sql("""
                select m.id, s.id, m.session_id from training_enrolment m
                  join training_enrolment s on s.session_id = m.session_id and s.person_id = ?
                 where m.person_id = ?""").params(survivor, gone)
                .query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) }).list();
        for (long[] pair : collisions) {
            resolve(pair[0], pair[1], survivor);
            enrolments.fillFreePlaces(pair[2]);
        }
        jdbc.sql("""
                update training_enrolment m set person_id = ?, updated_at = now() where m.person_id = ?
                   and not exists (select 1 from training_enrolment s where s.session_id = m.session_id and s.person_id = ?)""")
                .params(survivor, gone, survivor).update();
        jdbc.sql("update training_certificate set person_id = ? where person_id = ?").params(survivor, gone).update();
    }

    private void resolve(long ofMerged, long ofSurvivor, long survivor) {
        long keep = rank(ofMerged) > rank(ofSurvivor) ? ofMerged : ofSurvivor;
        long drop = keep == ofMerged ? ofSurvivor : ofMerged;
        if (rank(drop) >= 3) {
            return;
        }
        jdbc.sql("""
                insert into training_attendance (enrolment_id, class_day, present, marked_at)
                select ?, class_day, present, marked_at from training_attendance where enrolment_id = ?
                on conflict do nothing""").params(keep, drop).update();
        jdbc.sql("""
                insert into training_score (assessment_id, enrolment_id, score)
                select assessment_id, ?, score from training_score where enrolment_id = ?
                on conflict do nothing""").params(keep, drop).update();
        jdbc.sql("delete from training_enrolment where id = ?").param(drop).update();
        jdbc.sql("update training_enrolment set person_id = ?, updated_at = now() where id = ?").params(survivor, keep)
                .update();
    }

    private int rank(long enrolment) {
        return jdbc.sql("""
                select case when exists (select 1 from training_certificate c where c.enrolment_id = e.id) then 3
                            when e.status = 'ENROLLED' then 2 when e.status = 'WAITING' then 1 else 0 end
                  from training_enrolment e where e.id = ?""").param(enrolment).query(Integer.class).single();
    }
}
