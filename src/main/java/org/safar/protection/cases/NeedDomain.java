package org.safar.protection.cases;

/** The domains in which an assessment records needs, one severity each. */
public enum NeedDomain {
    SAFETY, HEALTH, LEGAL, DOCUMENTS, SHELTER, FOOD, FINANCIAL, PSYCHOSOCIAL, RETURN, EMPLOYMENT, EDUCATION;

    public String messageKey() {
        return "case.domain." + name();
    }
}
