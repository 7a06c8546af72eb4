package org.safar.protection.demo;

import java.util.Set;

import org.safar.protection.CaseSource;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.RiskLevel;
import org.safar.protection.cases.Vulnerability;

/** One demo case: where it belongs, who works on it, what happened and how far it has come. */
record DemoCase(String office, String worker, String type, String subtype, CaseStatus reached, String country,
        String city, String employer, String agency, CaseSource source, RiskLevel risk,
        Set<Vulnerability> vulnerabilities, int daysAgo, boolean withFamily, String summary) {
}
