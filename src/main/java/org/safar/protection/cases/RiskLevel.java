package org.safar.protection.cases;

/** How urgent the case is, as the worker judges it; critical cases come first in every list. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String messageKey() {
        return "case.risk." + name();
    }
}
