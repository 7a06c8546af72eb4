package org.safar.training.sessions;

import java.math.BigDecimal;

/**
 * The outcome of a session for one person. Incomplete while any assessment has no score; failed when the
 * score or the attendance is below what the course asks; passed otherwise.
 */
public enum Result {
    PASSED, FAILED, INCOMPLETE;

    /** The result from the score percentage ({@code null} when a score is missing) and attendance percentage. */
    public static Result of(BigDecimal score, BigDecimal attendance, int passMark, int minAttendance) {
        if (score == null) {
            return INCOMPLETE;
        }
        if (score.compareTo(BigDecimal.valueOf(passMark)) < 0
                || attendance.compareTo(BigDecimal.valueOf(minAttendance)) < 0) {
            return FAILED;
        }
        return PASSED;
    }
}
