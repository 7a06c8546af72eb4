package org.safar.training.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ResultTests {

    private static Result result(String score, String attendance) {
        return Result.of(score == null ? null : new BigDecimal(score), new BigDecimal(attendance), 60, 80);
    }

    @Test
    void passingTakesTheScoreAndTheAttendanceTheCourseAsks() {
        assertThat(result("60", "80")).isEqualTo(Result.PASSED);
        assertThat(result("95.5", "100")).isEqualTo(Result.PASSED);
    }

    @Test
    void aLowScoreOrTooManyMissedDaysFails() {
        assertThat(result("59.9", "100")).isEqualTo(Result.FAILED);
        assertThat(result("100", "79.9")).isEqualTo(Result.FAILED);
    }

    @Test
    void aMissingScoreLeavesTheResultIncomplete() {
        assertThat(result(null, "100")).isEqualTo(Result.INCOMPLETE);
    }
}
