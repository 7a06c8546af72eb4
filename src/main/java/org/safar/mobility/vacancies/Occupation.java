package org.safar.mobility.vacancies;

import java.util.Locale;

import org.safar.platform.Language;

/** An ISCO-08 occupation group: a code of 1 to 4 digits and its name in the four languages. */
public record Occupation(String code, String nameEn, String nameRu, String nameUz, String nameUzCyrl) {

    public String name(Locale reader) {
        return Language.pick(reader, nameUz, nameUzCyrl, nameRu, nameEn);
    }

    public int level() {
        return code.length();
    }
}
