package org.safar.protection.cases;

/** How serious a need is; NONE records that the domain was assessed and nothing is needed. */
public enum Severity {
    NONE, LOW, MEDIUM, HIGH, CRITICAL;

    public String messageKey() {
        return "case.severity." + name();
    }
}
