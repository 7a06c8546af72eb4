package org.safar.protection;

/** How the case came to the service: the person walked in, called the hotline, a consulate or partner reported it. */
public enum CaseSource {
    WALK_IN, HOTLINE, CONSULATE, PARTNER, PUBLIC_REQUEST, REFERRAL, OTHER;

    public String messageKey() {
        return "case.source." + name();
    }
}
