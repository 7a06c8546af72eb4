package org.safar.training.sessions;

import java.util.List;
import java.util.Optional;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.training.EnrolmentMovedUp;
import org.safar.training.EnrolmentWithdrawn;
import org.safar.training.PersonEnrolled;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places in a session. A person enrolled beyond capacity waits; when a place frees (someone withdraws, the
 * capacity grows) the one who has waited longest takes it — unless the session was cancelled. The session row is
 * locked while places are counted, so two officers never give away the same last place.
 */
@Service
public class Enrolments {

    private static final String SELECT = """
            select e.id, e.session_id, e.person_id,
                   case when s.status = 'CANCELLED' and e.status <> 'WITHDRAWN' then 'CANCELLED' else e.status end
                       as status,
                   e.queued_at, e.result, e.score, e.attendance, c.code as certificate_code
              from training_enrolment e join training_session s on s.id = e.session_id
              left join training_certificate c on c.enrolment_id = e.id""";

    private final JdbcClient jdbc;
    private final Sessions sessions;
    private final People people;
    private final ApplicationEventPublisher events;

    Enrolments(JdbcClient jdbc, Sessions sessions, People people, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.people = people;
        this.events = events;
    }

    /** Everyone in the session: enrolled first, then the waiting list in order, then those who withdrew. */
    public List<Enrolment> of(long sessionId) {
        return jdbc.sql(SELECT + " " + """
                 where e.session_id = ?
                 order by case e.status when 'ENROLLED' then 0 when 'WAITING' then 1 else 2 end, e.queued_at, e.id""")
                .param(sessionId).query(Enrolment.class).list();
    }

    public List<Enrolment> enrolled(long sessionId) {
        return of(sessionId).stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).toList();
    }

    public Optional<Enrolment> byId(long id) {
        return jdbc.sql(SELECT + " where e.id = ?").param(id).query(Enrolment.class).optional();
    }

    /** Every enrolment of a person, newest first. */
    public List<Enrolment> ofPerson(PersonId person) {
        return jdbc.sql(SELECT + " where e.person_id = ? order by e.created_at desc").param(person.value())
                .query(Enrolment.class).list();
    }

    /** Enrols the person (the record that survived, if theirs was merged), or puts them on the waiting list. */
    @Transactional
    public Enrolment enrol(long sessionId, PersonId requested) {
        PersonId person = people.require(requested).personId();
        sessions.lock(sessionId);
        Session session = sessions.byId(sessionId).orElseThrow(DomainException::notFound);
        session.requireOpen();
        Optional<Enrolment> existing = jdbc.sql(SELECT + " where e.session_id = ? and e.person_id = ?")
                .params(sessionId, person.value()).query(Enrolment.class).optional();
        if (existing.isPresent() && existing.get().status() != EnrolmentStatus.WITHDRAWN) {
            throw new DomainException(409, "training.enrolment.already");
        }
        EnrolmentStatus status = session.freePlaces() > 0 ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITING;
        long id;
        if (existing.isPresent()) {
            id = existing.get().id();
            jdbc.sql("""
                    update training_enrolment set status = ?, queued_at = clock_timestamp(), updated_at = now()
                     where id = ?""").params(status.name(), id).update();
        }
        else {
            id = jdbc.sql("""
                    insert into training_enrolment (session_id, person_id, status) values (?, ?, ?) returning id""")
                    .params(sessionId, person.value(), status.name()).query(Long.class).single();
        }
        events.publishEvent(new PersonEnrolled(sessionId, person, status == EnrolmentStatus.WAITING));
        return byId(id).orElseThrow();
    }

    /** Takes the person out of the session; a place they held goes to the first on the waiting list. */
    @Transactional
    public void withdraw(long sessionId, long enrolmentId) {
        sessions.lock(sessionId);
        if (sessions.byId(sessionId).orElseThrow(DomainException::notFound).cancelled()) {
            throw new DomainException(409, "training.session.cancelled");
        }
        Enrolment enrolment = byId(enrolmentId).filter(e -> e.sessionId() == sessionId)
                .orElseThrow(DomainException::notFound);
        if (enrolment.status() == EnrolmentStatus.WITHDRAWN) {
            return;
        }
        if (enrolment.result() != null) {
            throw new DomainException(409, "training.enrolment.hasResult");
        }
        jdbc.sql("update training_enrolment set status = 'WITHDRAWN', updated_at = now() where id = ?")
                .param(enrolmentId).update();
        events.publishEvent(new EnrolmentWithdrawn(sessionId, enrolment.person()));
        fillFreePlaces(sessionId);
    }

    /** Moves people up from the waiting list, longest waiting first, while the session has free places. */
    @Transactional
    public void fillFreePlaces(long sessionId) {
        sessions.lock(sessionId);
        Session session = sessions.byId(sessionId).orElseThrow(DomainException::notFound);
        if (session.cancelled() || session.resultsRecorded()) {
            return;
        }
        List<Enrolment> waiting = of(sessionId).stream().filter(e -> e.status() == EnrolmentStatus.WAITING)
                .limit(session.freePlaces()).toList();
        for (Enrolment next : waiting) {
            jdbc.sql("update training_enrolment set status = 'ENROLLED', updated_at = now() where id = ?")
                    .param(next.id()).update();
            events.publishEvent(new EnrolmentMovedUp(sessionId, next.person()));
        }
    }
}
