package org.safar.training;

import java.util.Locale;

import org.safar.platform.Language;

/**
 * A course as other modules name it (a vacancy that requires it, an application that checks for it): its code,
 * its name in the four languages, its kind and the country it prepares for ({@code null} for any).
 */
public record CourseSummary(String code, String nameUz, String nameUzCyrl, String nameRu, String nameEn,
        CourseKind kind, String destinationCountry) {

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }
}
