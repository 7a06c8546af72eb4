package org.safar.training.sessions;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * A session: one run of a course at a centre, on the class days between its first and last date, for up to
 * {@code capacity} people. {@code enrolled} and {@code waiting} are counted when the session is read.
 */
public record Session(long id, String reference, long courseId, long centreId, Long roomId, LocalDate startsOn,
        LocalDate endsOn, String classDays, LocalTime startsAt, LocalTime endsAt, int capacity, boolean cancelled,
        Instant resultsRecordedAt, long officeId, int enrolled, int waiting) {

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
}
