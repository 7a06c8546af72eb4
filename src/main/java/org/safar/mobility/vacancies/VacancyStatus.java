package org.safar.mobility.vacancies;

import java.util.EnumSet;
import java.util.Set;

/**
 * The workflow of a vacancy: an agency drafts and submits it, a licensing officer verifies or rejects it, a
 * verified vacancy is published while its agency's licence is active for the country, and it closes when filled,
 * withdrawn or past its closing date. A rejected vacancy goes back to its agency to correct; a published one
 * drops back to verified while the licence is suspended or expired.
 */
public enum VacancyStatus {
    DRAFT, SUBMITTED, VERIFIED, REJECTED, PUBLISHED, CLOSED;

    public boolean canMoveTo(VacancyStatus next) {
        return switch (this) {
            case DRAFT, REJECTED -> EnumSet.of(DRAFT, SUBMITTED, CLOSED).contains(next);
            case SUBMITTED -> EnumSet.of(VERIFIED, REJECTED, PUBLISHED, CLOSED).contains(next);
            case VERIFIED -> EnumSet.of(PUBLISHED, CLOSED).contains(next);
            case PUBLISHED -> EnumSet.of(VERIFIED, CLOSED).contains(next);
            case CLOSED -> false;
        };
    }

    /** Whether the agency may still change what the vacancy says. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }

    public static final Set<VacancyStatus> OPEN = EnumSet.of(DRAFT, SUBMITTED, VERIFIED, REJECTED, PUBLISHED);

    public String messageKey() {
        return "vacancy.status." + name();
    }
}
