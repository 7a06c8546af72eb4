package org.safar.training.sessions;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Sessions with their head counts, and who teaches them. */
@Repository
public class Sessions {

    static final String SELECT = """
            select s.id, s.reference, s.course_id, s.centre_id, s.room_id, s.starts_on, s.ends_on, s.class_days,
                   s.starts_at, s.ends_at, s.capacity, s.status, s.cancelled_at, s.cancelled_by, s.cancel_reason,
                   s.results_recorded_at, c.office_id,
                   (select count(*) from training_enrolment e where e.session_id = s.id and e.status = 'ENROLLED') as enrolled,
                   (select count(*) from training_enrolment e where e.session_id = s.id and e.status = 'WAITING') as waiting
              from training_session s join training_centre c on c.id = s.centre_id""";

    private final JdbcClient jdbc;

    Sessions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Session> byId(long id) {
        return jdbc.sql(SELECT + " where s.id = ?").param(id).query(Session.class).optional();
    }

    public Optional<Session> byReference(String reference) {
        return jdbc.sql(SELECT + " where s.reference = ?").param(reference).query(Session.class).optional();
    }

    /**
     * The sessions a user may see: a trainer those they teach; supervisors, auditors and programme
     * managers those of their offices' centres (headquarters: all). Either all of them, latest first, or
     * ({@code current}) only those still to end and not cancelled, soonest first.
     */
    public List<Session> visibleTo(StaffUser user, Long courseId, boolean current, int limit) {
        return visibleTo(user, courseId, current ? SessionStatus.SCHEDULED : null, current, limit);
    }

    /** As {@link #visibleTo(StaffUser, Long, boolean, int)}, only those with {@code status} unless it is null. */
    public List<Session> visibleTo(StaffUser user, Long courseId, SessionStatus status, boolean current, int limit) {
        return jdbc.sql(SELECT + " " + """
                 where (:everyOffice or (:officeScope and c.office_id in (:offices))
                        or exists (select 1 from training_session_trainer t where t.session_id = s.id and t.user_id = :user))
                   and (cast(:course as bigint) is null or s.course_id = :course)
                   and (cast(:status as varchar) is null or s.status = :status)
                   and (not :current or s.ends_on >= current_date)
                 order by case when :current then s.starts_on end, s.starts_on desc, s.id desc limit :limit""")
                .param("everyOffice", user.headquarters() && seesByOffice(user))
                .param("officeScope", seesByOffice(user))
                .param("offices", user.officeIds().isEmpty() ? List.of(-1L) : List.copyOf(user.officeIds()))
                .param("user", user.id())
                .param("course", courseId)
                .param("status", status == null ? null : status.name())
                .param("current", current)
                .param("limit", limit)
                .query(Session.class).list();
    }

    /** Which of the sessions {@code ids} the user may see, by the rules of {@link #visibleTo}. */
    public Set<Long> visibleAmong(StaffUser user, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("""
                select s.id from training_session s join training_centre c on c.id = s.centre_id
                 where s.id in (:ids)
                   and (:everyOffice or (:officeScope and c.office_id in (:offices))
                        or exists (select 1 from training_session_trainer t where t.session_id = s.id and t.user_id = :user))""")
                .param("ids", List.copyOf(ids))
                .param("everyOffice", user.headquarters() && seesByOffice(user))
                .param("officeScope", seesByOffice(user))
                .param("offices", user.officeIds().isEmpty() ? List.of(-1L) : List.copyOf(user.officeIds()))
                .param("user", user.id())
                .query(Long.class).list());
    }

    /** Whether the user sees sessions by office rather than only those they teach. */
    static boolean seesByOffice(StaffUser user) {
        return user.has(Role.SUPERVISOR) || user.has(Role.ADMIN) || user.has(Role.AUDITOR)
                || user.has(Role.PROGRAMME_MANAGER);
    }

    public List<Long> trainerIds(long sessionId) {
        return jdbc.sql("select user_id from training_session_trainer where session_id = ? order by user_id")
                .param(sessionId).query(Long.class).list();
    }

    public boolean teaches(long userId, long sessionId) {
        return jdbc.sql("select exists (select 1 from training_session_trainer where session_id = ? and user_id = ?)")
                .params(sessionId, userId).query(Boolean.class).single();
    }

    /** Locks the session row, so that places are counted and given one request at a time. */
    void lock(long sessionId) {
        jdbc.sql("select id from training_session where id = ? for update").param(sessionId).query(Long.class)
                .optional();
    }

    long insert(SessionForm f, String reference) {
        long id = jdbc.sql("""
                insert into training_session (reference, course_id, centre_id, room_id, starts_on, ends_on, class_days,
                       starts_at, ends_at, capacity)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(reference, f.getCourseId(), f.getCentreId(), f.getRoomId(), f.getStartsOn(), f.getEndsOn(),
                        f.classDaysText(), f.getStartsAt(), f.getEndsAt(), f.getCapacity())
                .query(Long.class).single();
        writeTrainers(id, f.getTrainerIds());
        return id;
    }

    void update(long id, SessionForm f) {
        jdbc.sql("""
                update training_session set course_id = ?, centre_id = ?, room_id = ?, starts_on = ?, ends_on = ?,
                       class_days = ?, starts_at = ?, ends_at = ?, capacity = ? where id = ?""")
                .params(f.getCourseId(), f.getCentreId(), f.getRoomId(), f.getStartsOn(), f.getEndsOn(),
                        f.classDaysText(), f.getStartsAt(), f.getEndsAt(), f.getCapacity(), id)
                .update();
        jdbc.sql("delete from training_session_trainer where session_id = ?").param(id).update();
        writeTrainers(id, f.getTrainerIds());
    }

    void markCancelled(long id, Long byUser, String reason) {
        jdbc.sql("""
                update training_session set status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?,
                       cancel_reason = ? where id = ?""").params(byUser, reason, id).update();
    }

    void markResultsRecorded(long id) {
        jdbc.sql("update training_session set results_recorded_at = now() where id = ?").param(id).update();
    }

    String nextReference(int year) {
        long n = jdbc.sql("select nextval('training_session_reference_seq')").query(Long.class).single();
        return "TRS-%d-%06d".formatted(year, n);
    }

    private void writeTrainers(long sessionId, List<Long> trainerIds) {
        for (Long trainer : trainerIds) {
            jdbc.sql("insert into training_session_trainer (session_id, user_id) values (?, ?) on conflict do nothing")
                    .params(sessionId, trainer).update();
        }
    }
}
