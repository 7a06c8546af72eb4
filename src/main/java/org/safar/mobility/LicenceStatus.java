package org.safar.mobility;

/** Where an agency's licence stands. Only an {@link #ACTIVE} licence lets the agency recruit and publish. */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, REVOKED, EXPIRED;

    /** Message key of the status in plain words, e.g. {@code licence.status.SUSPENDED}. */
    public String messageKey() {
        return "licence.status." + name();
    }
}
