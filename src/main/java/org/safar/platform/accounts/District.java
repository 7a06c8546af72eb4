package org.safar.platform.accounts;

import java.util.Locale;

import org.safar.platform.Language;

/**
 * A district (tuman) or district-level city (shahar) of a region of Uzbekistan, with its name in the four
 * languages. The code is Safar's own, stable one such as {@code UZ-SA-01}; see {@code V8__platform_districts.sql}.
 */
public record District(String code, String regionCode, String nameUz, String nameUzCyrl, String nameRu,
        String nameEn) {

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }
}
