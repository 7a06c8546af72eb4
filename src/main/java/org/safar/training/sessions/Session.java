package org.safar.training.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import org.safar.platform.DomainException;

/**
 * A session: one run of a course at a centre, on the class days between its first and last date, for up to
 * {@code capacity} people. {@code enrolled} and {@code waiting} are counted when the session is read. A cancelled
 * session keeps its people as they were, but nothing more is recorded in it.
 */
public record Session(long id, String reference, long courseId, long centreId, Long roomId, LocalDate startsOn,
        LocalDate endsOn, String classDays, LocalTime startsAt, LocalTime endsAt, int capacity, SessionStatus status,
        Instant cancelledAt, Long cancelledBy, String cancelReason, Instant resultsRecordedAt, long officeId,
        int enrolled, int waiting) {

    /** The days of the week the class meets. */
    public List<DayOfWeek> weekdays() {
        return Arrays.stream(classDays.split(",")).map(day -> DayOfWeek.of(Integer.parseInt(day))).toList();
    }

    /** Every date the class meets, first to last. */
    public List<LocalDate> classDates() {
        List<DayOfWeek> days = weekdays();
        return startsOn.datesUntil(endsOn.plusDays(1)).filter(date -> days.contains(date.getDayOfWeek())).toList();
    }

    public boolean isClassDay(LocalDate date) {
        return !date.isBefore(startsOn) && !date.isAfter(endsOn) && weekdays().contains(date.getDayOfWeek());
    }

    public int freePlaces() {
        return Math.max(0, capacity - enrolled);
    }

    public boolean resultsRecorded() {
        return resultsRecordedAt != null;
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    /** Whether the last class day has passed or the results are in: too late to cancel. */
    public boolean finished(LocalDate today) {
        return resultsRecorded() || endsOn.isBefore(today);
    }

    /** Refuses any change to a cancelled session, or to one whose results are recorded. */
    public void requireOpen() {
        if (cancelled()) {
            throw new DomainException(409, "training.session.cancelled");
        }
        if (resultsRecorded()) {
            throw new DomainException(409, "training.session.closed");
        }
    }
}
