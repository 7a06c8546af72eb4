package org.safar.protection.cases;

/** Kinds of service delivered to a person in a case. */
public enum ServiceType {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL_AID, DOCUMENTS, FOOD_AND_ITEMS, CASH_ASSISTANCE, RETURN_TRAVEL,
    REPATRIATION_OF_REMAINS, FAMILY_TRACING, EMPLOYMENT_SUPPORT, EDUCATION, OTHER;

    public String messageKey() {
        return "case.serviceType." + name();
    }
}
