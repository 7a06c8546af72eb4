package org.safar.people;

/** What a person may agree to, each asked and recorded separately. */
public enum ConsentPurpose {

    /** Referring the person to a service provider. */
    REFERRAL,
    /** Sharing the person's data with a partner organisation. */
    PARTNER_SHARING,
    /** Contacting the person by phone or messenger. */
    CONTACT,
    /** Using the person's data for statistics and research. */
    STATISTICS
}
