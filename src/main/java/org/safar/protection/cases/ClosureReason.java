package org.safar.protection.cases;

/** Why a case was closed; a closure always has one. */
public enum ClosureReason {
    RESOLVED, RETURNED_AND_REINTEGRATED, REFERRED_ELSEWHERE, PERSON_DECLINED, LOST_CONTACT, DECEASED, NO_PROTECTION_NEED,
    DUPLICATE;

    public String messageKey() {
        return "case.closure." + name();
    }
}
