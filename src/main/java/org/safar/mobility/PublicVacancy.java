package org.safar.mobility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vacancy as the public sees it: the terms, the employer, and its agency's licence. Shown only while the
 * vacancy is published and its agency's licence is active for its country. Names are in the reader's language.
 */
public record PublicVacancy(long id, String reference, String title, String occupationCode, String occupation,
        String country, String city, int posts, BigDecimal wage, String currency, String wagePeriod,
        int hoursPerWeek, String accommodation, String travel, int contractMonths, String languageRequirement,
        String skillRequirement, String requiredCourseCode, LocalDate closingOn, String employerName,
        String employerSector, LicenceCheck agency) {
}
