package org.safar.mobility.vacancies;

import java.time.LocalDate;

/** A vacancy (job order) abroad with its terms and where it stands in the workflow. Wage in minor units. */
public record Vacancy(long id, String reference, long agencyId, String agencyName, long employerId,
        String employerName, String title, String occupationCode, String country, String city, int posts,
        long wageMinor, String currency, String wagePeriod, int hoursPerWeek, String accommodation, String travel,
        int contractMonths, String languageRequirement, String skillRequirement, String requiredCourseCode,
        LocalDate closingOn, VacancyStatus status, String statusReason, String createdBy) {

    /** The wage in major units (dollars, roubles), as typed and shown. */
    public java.math.BigDecimal wage() {
        return java.math.BigDecimal.valueOf(wageMinor, 2).stripTrailingZeros();
    }
}
