package org.safar.platform.accounts;

/** Headquarters, a regional office at home (by region) or a mission abroad (by country). */
public enum OfficeKind {
    HEADQUARTERS, REGIONAL, MISSION;

    public String messageKey() {
        return "office.kind." + name();
    }
}
