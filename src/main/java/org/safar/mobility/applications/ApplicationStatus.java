package org.safar.mobility.applications;

import java.util.EnumSet;

/**
 * An application's path: applied, shortlisted, offered, contract signed, departed (with date, country and
 * contract end), returned; or withdrawn by the person or rejected by the agency before departure.
 */
public enum ApplicationStatus {
    APPLIED, SHORTLISTED, OFFERED, CONTRACT_SIGNED, DEPARTED, RETURNED, WITHDRAWN, REJECTED;

    public boolean canMoveTo(ApplicationStatus next) {
        return switch (this) {
            case APPLIED -> EnumSet.of(SHORTLISTED, WITHDRAWN, REJECTED).contains(next);
            case SHORTLISTED -> EnumSet.of(OFFERED, WITHDRAWN, REJECTED).contains(next);
            case OFFERED -> EnumSet.of(CONTRACT_SIGNED, WITHDRAWN, REJECTED).contains(next);
            case CONTRACT_SIGNED -> EnumSet.of(DEPARTED, WITHDRAWN).contains(next);
            case DEPARTED -> next == RETURNED;
            case RETURNED, WITHDRAWN, REJECTED -> false;
        };
    }

    /** The statuses this one may move to, for the buttons of a page. */
    public EnumSet<ApplicationStatus> next() {
        EnumSet<ApplicationStatus> next = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus status : values()) {
            if (canMoveTo(status)) {
                next.add(status);
            }
        }
        return next;
    }

    public String messageKey() {
        return "application.status." + name();
    }
}
