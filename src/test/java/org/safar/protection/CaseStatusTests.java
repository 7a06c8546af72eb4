package org.safar.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.protection.CaseStatus.ASSESSMENT;
import static org.safar.protection.CaseStatus.CLOSED;
import static org.safar.protection.CaseStatus.INTAKE;
import static org.safar.protection.CaseStatus.IN_SERVICE;
import static org.safar.protection.CaseStatus.MONITORING;
import static org.safar.protection.CaseStatus.PLAN;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The workflow's transitions, as the enum that owns them states them. */
class CaseStatusTests {

    @Test
    void theCaseMovesForwardOneStepAtATime() {
        assertThat(INTAKE.canMoveTo(ASSESSMENT)).isTrue();
        assertThat(ASSESSMENT.canMoveTo(PLAN)).isTrue();
        assertThat(PLAN.canMoveTo(IN_SERVICE)).isTrue();
        assertThat(IN_SERVICE.canMoveTo(MONITORING)).isTrue();
        assertThat(INTAKE.canMoveTo(PLAN)).isFalse();
        assertThat(ASSESSMENT.canMoveTo(IN_SERVICE)).isFalse();
        assertThat(INTAKE.canMoveTo(MONITORING)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CLOSED", mode = EnumSource.Mode.EXCLUDE)
    void anOpenCaseCanBeClosedButOnlyByASupervisorWithAReason(CaseStatus open) {
        assertThat(open.canMoveTo(CLOSED)).isTrue();
        assertThat(open.needsSupervisorToMoveTo(CLOSED)).isTrue();
        assertThat(open.needsReasonToMoveTo(CLOSED)).isTrue();
    }

    @Test
    void approvingThePlanIsASupervisorsDecision() {
        assertThat(PLAN.needsSupervisorToMoveTo(IN_SERVICE)).isTrue();
        assertThat(MONITORING.needsSupervisorToMoveTo(IN_SERVICE)).isFalse();
        assertThat(INTAKE.needsSupervisorToMoveTo(ASSESSMENT)).isFalse();
    }

    @Test
    void aClosedCaseOnlyReopensIntoAssessmentWithAReason() {
        assertThat(CLOSED.nextSteps()).containsExactly(ASSESSMENT);
        assertThat(CLOSED.needsReasonToMoveTo(ASSESSMENT)).isTrue();
        assertThat(CLOSED.isOpen()).isFalse();
    }

    @Test
    void aCaseCanStepBackWhenTheSituationChanges() {
        assertThat(PLAN.canMoveTo(ASSESSMENT)).isTrue();
        assertThat(IN_SERVICE.canMoveTo(PLAN)).isTrue();
        assertThat(MONITORING.canMoveTo(IN_SERVICE)).isTrue();
        assertThat(EnumSet.allOf(CaseStatus.class)).allSatisfy(status -> assertThat(status.canMoveTo(status))
                .as(status + " to itself").isFalse());
    }
}
