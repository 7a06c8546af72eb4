package org.safar.platform.accounts;

import java.util.Locale;

import org.safar.platform.Language;

/**
 * An office of the migration service: headquarters, a regional office or a mission abroad. Records of later
 * modules belong to an office, and users see the records of their offices.
 */
public record Office(Long id, String code, OfficeKind kind, String regionCode, String country, String nameUz,
        String nameUzCyrl, String nameRu, String nameEn, boolean active) {

    /** The office's name in the reader's language. */
    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }
}
