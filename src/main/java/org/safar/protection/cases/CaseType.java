package org.safar.protection.cases;

import java.util.Locale;

import org.safar.platform.Language;

/**
 * A type of case or, when {@code parentId} is set, a sub-type of one. Reference data: administrators add types and
 * rename or retire them; cases keep the id, so history never changes.
 */
public record CaseType(Long id, String code, Long parentId, String nameUz, String nameUzCyrl, String nameRu,
        String nameEn, boolean restrictedByDefault, boolean active, int sortOrder) {

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }

    public boolean isSubtype() {
        return parentId != null;
    }
}
