package org.safar.mobility.licensing;

/** A foreign employer; {@code flag} is NONE, INVESTIGATION or BARRED, with the reason. */
public record Employer(long id, String name, String country, String registrationNumber, String sector, String flag,
        String flagReason) {

    public boolean barred() {
        return "BARRED".equals(flag);
    }

    public boolean flagged() {
        return !"NONE".equals(flag);
    }
}
