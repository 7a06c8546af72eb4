package org.safar.training.sessions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.Users;
import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
import org.safar.training.SessionScheduled;
import org.safar.training.TrainingRecordChanged;
import org.safar.training.TrainingSessionCancelled;
import org.safar.training.catalogue.Centre;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/**
 * Scheduling a session, changing its plan (a larger capacity moves people up from the waiting list) and
 * cancelling it.
 */
@Service
public class Scheduling {

    private final Sessions sessions;
    private final Courses courses;
    private final Centres centres;
    private final Users users;
    private final Enrolments enrolments;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Scheduling(Sessions sessions, Courses courses, Centres centres, Users users, Enrolments enrolments,
            ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.courses = courses;
        this.centres = centres;
        this.users = users;
        this.enrolments = enrolments;
        this.events = events;
        this.clock = clock;
    }

    /** What Bean Validation cannot check: that the choices exist and fit together; errors name the fields. */
    public void check(SessionForm form, Errors errors) {
        if (form.getCourseId() != null && courses.byId(form.getCourseId()).filter(Course::active).isEmpty()) {
            errors.rejectValue("courseId", "training.session.course.required");
        }
        Centre centre = form.getCentreId() == null ? null : centres.byId(form.getCentreId()).orElse(null);
        if (form.getCentreId() != null && centre == null) {
            errors.rejectValue("centreId", "training.session.centre.required");
        }
        if (centre != null && !SessionAccess.mayScheduleAt(centre.officeId())) {
            errors.rejectValue("centreId", "training.session.centre.notYours");
        }
        if (centre != null && form.getRoomId() != null) {
            centre.rooms().stream().filter(room -> room.id().equals(form.getRoomId())).findFirst().ifPresentOrElse(
                    room -> {
                        if (form.getCapacity() != null && form.getCapacity() > room.seats()) {
                            errors.rejectValue("capacity", "training.session.capacity.room",
                                    new Object[] { room.seats() }, null);
                        }
                    }, () -> errors.rejectValue("roomId", "training.session.room.invalid"));
        }
        if (form.getStartsOn() != null && form.getEndsOn() != null) {
            if (form.getEndsOn().isBefore(form.getStartsOn())
                    || form.getEndsOn().isAfter(form.getStartsOn().plusDays(366))) {
                errors.rejectValue("endsOn", "training.session.endsOn.invalid");
            }
            else if (!form.getClassDays().isEmpty() && form.getClassDays().stream().allMatch(d -> d != null && d >= 1 && d <= 7)
                    && form.getStartsOn().datesUntil(form.getEndsOn().plusDays(1))
                            .noneMatch(date -> form.getClassDays().contains(date.getDayOfWeek().getValue()))) {
                errors.rejectValue("classDays", "training.session.classDays.none");
            }
        }
        if (form.getClassDays().stream().anyMatch(d -> d == null || d < 1 || d > 7)) {
            errors.rejectValue("classDays", "training.session.classDays.required");
        }
        if (form.getStartsAt() != null && form.getEndsAt() != null && !form.getEndsAt().isAfter(form.getStartsAt())) {
            errors.rejectValue("endsAt", "training.session.time.order");
        }
        for (Long trainer : form.getTrainerIds()) {
            if (trainer == null || users.byId(trainer).filter(u -> u.enabled() && u.roles().contains(Role.TRAINER))
                    .isEmpty()) {
                errors.rejectValue("trainerIds", "training.session.trainers.invalid");
                break;
            }
        }
    }

    @Transactional
    public long schedule(SessionForm form) {
        String reference = sessions.nextReference(LocalDate.now(clock).getYear());
        long id = sessions.insert(form, reference);
        String course = courses.byId(form.getCourseId()).map(Course::code).orElse("?");
        events.publishEvent(new SessionScheduled(id, reference, course));
        return id;
    }

    @Transactional
    public void update(long id, SessionForm form) {
        sessions.lock(id);
        Session session = sessions.byId(id).orElseThrow(DomainException::notFound);
        session.requireOpen();
        if (form.getCapacity() < session.enrolled()) {
            throw new DomainException(409, "training.session.capacity.belowEnrolled", session.enrolled());
        }
        sessions.update(id, form);
        events.publishEvent(new TrainingRecordChanged("SESSION_UPDATED", "TrainingSession", Long.toString(id),
                session.reference() + " plan changed"));
        enrolments.fillFreePlaces(id);
    }

    /**
     * Cancels a session that has not finished, for the reason given: a supervisor of its centre's office only.
     * Its people stay as they were (shown as cancelled); nobody moves up from the waiting list.
     */
    @Transactional
    public Session cancel(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(400, "training.session.cancel.reason.required");
        }
        if (reason.strip().length() > CancelForm.REASON_MAX) {
            throw new DomainException(400, "training.tooLong");
        }
        sessions.lock(id);
        Session session = sessions.byId(id).orElseThrow(DomainException::notFound);
        if (!SessionAccess.mayScheduleAt(session.officeId())) {
            throw new DomainException(403, "training.session.cancel.notYours");
        }
        if (session.cancelled()) {
            throw new DomainException(409, "training.session.cancel.already");
        }
        if (session.finished(LocalDate.now(clock))) {
            throw new DomainException(409, "training.session.cancel.finished");
        }
        List<Enrolment> people = enrolments.of(id);
        sessions.markCancelled(id, StaffUser.current().map(StaffUser::id).orElse(null), reason.strip());
        events.publishEvent(new TrainingSessionCancelled(id, session.reference(),
                courses.byId(session.courseId()).map(Course::code).orElse("?"), session.startsOn(), session.endsOn(),
                people.stream().filter(e -> e.status() == EnrolmentStatus.ENROLLED).map(Enrolment::person).toList(),
                people.stream().filter(e -> e.status() == EnrolmentStatus.WAITING).map(Enrolment::person).toList(),
                reason.strip()));
        return sessions.byId(id).orElseThrow();
    }
}
