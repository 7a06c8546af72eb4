package org.safar.platform.accounts;

import java.util.Locale;

import org.safar.platform.Language;

/** A region of Uzbekistan (ISO 3166-2:UZ code), with its name in the four languages. */
public record Region(String code, String nameUz, String nameUzCyrl, String nameRu, String nameEn) {

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }
}
