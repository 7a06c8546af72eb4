package org.safar.protection.cases;

import java.util.Set;

import org.safar.protection.CaseSource;

/** What a worker enters about a case when opening or correcting it. */
public record CaseDetails(long typeId, Long subtypeId, String summary, String country, String city, String employer,
        String agency, CaseSource source, Set<Vulnerability> vulnerabilities, RiskLevel riskLevel,
        long owningOfficeId, Long assignedWorkerId, boolean restricted) {

    public CaseDetails {
        vulnerabilities = vulnerabilities == null ? Set.of() : Set.copyOf(vulnerabilities);
        summary = trim(summary);
        country = trim(country) == null ? null : trim(country).toUpperCase(java.util.Locale.ROOT);
        city = trim(city);
        employer = trim(employer);
        agency = trim(agency);
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
