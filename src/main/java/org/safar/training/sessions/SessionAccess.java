package org.safar.training.sessions;

import org.safar.platform.DomainException;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.springframework.stereotype.Component;

/**
 * Who may see and run a session. A trainer sees and runs the sessions they teach; a supervisor those of their
 * offices' centres (headquarters: every centre); auditors and programme managers see those of their offices.
 * A session the user may not see answers 404, as if it did not exist.
 */
@Component
public class SessionAccess {

    private final Sessions sessions;

    SessionAccess(Sessions sessions) {
        this.sessions = sessions;
    }

    public Session visible(long id) {
        StaffUser user = StaffUser.current().orElseThrow(DomainException::notFound);
        Session session = sessions.byId(id).orElseThrow(DomainException::notFound);
        boolean byOffice = Sessions.seesByOffice(user) && user.canSeeOffice(session.officeId());
        if (!byOffice && !sessions.teaches(user.id(), id)) {
            throw DomainException.notFound();
        }
        return session;
    }

    /** The session, if the user may mark attendance, score, enrol and record results in it; else 403 or 404. */
    public Session manageable(long id) {
        Session session = visible(id);
        StaffUser user = StaffUser.current().orElseThrow();
        boolean supervisor = user.has(Role.SUPERVISOR) && user.canSeeOffice(session.officeId());
        if (!supervisor && !sessions.teaches(user.id(), id)) {
            throw new DomainException(403, "training.session.notYours");
        }
        return session;
    }

    public boolean mayManage(Session session) {
        return StaffUser.current().map(user -> user.has(Role.SUPERVISOR) && user.canSeeOffice(session.officeId())
                || user.has(Role.TRAINER) && sessions.teaches(user.id(), session.id())).orElse(false);
    }

    /** Whether the user may schedule sessions at a centre of {@code officeId}. */
    public static boolean mayScheduleAt(long officeId) {
        return StaffUser.current().map(user -> user.has(Role.SUPERVISOR) && user.canSeeOffice(officeId))
                .orElse(false);
    }
}
