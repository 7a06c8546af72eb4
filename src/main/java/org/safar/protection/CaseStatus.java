package org.safar.protection;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a case stands. A case moves only along the allowed transitions: intake → assessment → plan → in service
 * → monitoring → closed, back a step when the situation changes (a plan revised, services resumed), closed from
 * any open state, and reopened from closed into assessment.
 */
public enum CaseStatus {
    INTAKE, ASSESSMENT, PLAN, IN_SERVICE, MONITORING, CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            INTAKE, EnumSet.of(ASSESSMENT, CLOSED),
            ASSESSMENT, EnumSet.of(PLAN, CLOSED),
            PLAN, EnumSet.of(IN_SERVICE, ASSESSMENT, CLOSED),
            IN_SERVICE, EnumSet.of(MONITORING, PLAN, CLOSED),
            MONITORING, EnumSet.of(IN_SERVICE, CLOSED),
            CLOSED, EnumSet.of(ASSESSMENT));

    /** Whether the workflow allows moving from this status to {@code next}. */
    public boolean canMoveTo(CaseStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** The statuses a case in this status may move to, in workflow order. */
    public Set<CaseStatus> nextSteps() {
        return EnumSet.copyOf(ALLOWED.get(this));
    }

    /** Approving the plan (plan → in service) and closing a case are a supervisor's decisions. */
    public boolean needsSupervisorToMoveTo(CaseStatus next) {
        return next == CLOSED || (this == PLAN && next == IN_SERVICE);
    }

    /** Closing needs a closure reason, reopening a reason for reopening. */
    public boolean needsReasonToMoveTo(CaseStatus next) {
        return next == CLOSED || this == CLOSED;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }

    /** Message key of the status's name, {@code case.status.IN_SERVICE}. */
    public String messageKey() {
        return "case.status." + name();
    }
}
