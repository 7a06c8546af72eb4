package org.safar.protection.api;

import java.time.LocalDate;
import java.util.List;

import org.safar.protection.CaseStatus;
import org.safar.protection.cases.RiskLevel;

/** One line of the case list. */
record CaseSummary(long id, String reference, String typeCode, String subtypeCode, CaseStatus status,
        RiskLevel riskLevel, String country, String city, String owningOfficeCode, Long assignedWorkerId,
        String assignedWorkerName, LocalDate openedOn, boolean restricted, boolean overdue) {

    /** A page of the list. */
    record Page(long total, int page, int size, List<CaseSummary> items) {
    }
}
