package org.safar.protection.cases;

/** The part a person plays in a case: the principal, whom the case is about, and the people around them. */
public enum PersonRole {
    PRINCIPAL, FAMILY_MEMBER, DEPENDANT, WITNESS, OTHER;

    public String messageKey() {
        return "case.personRole." + name();
    }
}
