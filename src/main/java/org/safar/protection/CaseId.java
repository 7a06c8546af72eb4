package org.safar.protection;

/** Identifies a protection case; other modules refer to cases by this id or by the case's human reference. */
public record CaseId(long value) {

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
