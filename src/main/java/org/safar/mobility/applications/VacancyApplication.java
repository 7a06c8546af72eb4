package org.safar.mobility.applications;

import java.time.LocalDate;

/**
 * A person's application to a vacancy, with departure and return once they happen. Named so because
 * "Application" is Spring's word for the program itself.
 */
public record VacancyApplication(long id, String reference, long vacancyId, String vacancyReference,
        String vacancyTitle, long agencyId, String agencyName, String country, String requiredCourseCode,
        long personId, ApplicationStatus status, String statusReason, LocalDate departedOn, String departureCountry,
        LocalDate contractEndsOn, LocalDate returnedOn, LocalDate appliedOn) {
}
