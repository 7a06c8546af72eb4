package org.safar.people.generator;

/** How a repeated entry of a real person differs from the first one, as it happens at real counters. */
public enum Noise {
    /** Written in another office script (Uzbek Latin, Uzbek Cyrillic, Russian Cyrillic). */
    OTHER_SCRIPT,
    /** Copied from a passport: ICAO Latin from the Russian form, upper case (KH, ZH, IU). */
    PASSPORT_SPELLING,
    /** The patronymic left out. */
    NO_PATRONYMIC,
    /** The patronymic in the other style (Akmal oʻgʻli against Akmalovich). */
    PATRONYMIC_STYLE,
    /** Family and given names entered in each other's fields. */
    SWAPPED_NAMES,
    /** A letter dropped, doubled, swapped or mistyped. */
    TYPO,
    /** A scanner's confusion: q/g, rn/m, l/I, h/b; ш/щ, и/й in Cyrillic. */
    OCR_CONFUSION,
    /** The birth year one off (and only the year known). */
    BIRTH_YEAR_OFF,
    /** No identity document given this time. */
    NO_DOCUMENT,
    /** Another phone number (a new SIM card abroad). */
    NEW_PHONE
}
