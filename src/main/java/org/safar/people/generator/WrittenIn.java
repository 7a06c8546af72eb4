package org.safar.people.generator;

/** The script an office writes a name in. */
public enum WrittenIn {
    /** The official Uzbek Latin alphabet, oʻ and gʻ with U+02BB: Qodirov Oʻktam. */
    UZBEK_LATIN,
    /** Uzbek Cyrillic: Қодиров Ўктам. */
    UZBEK_CYRILLIC,
    /** A Russian-speaking clerk's Cyrillic, without ў ғ қ ҳ: Кодиров Уктам. */
    RUSSIAN_CYRILLIC,
    /** ICAO passport Latin from the Russian form, upper case: KODIROV UKTAM. */
    PASSPORT_LATIN;

    boolean cyrillic() {
        return this == UZBEK_CYRILLIC || this == RUSSIAN_CYRILLIC;
    }
}
