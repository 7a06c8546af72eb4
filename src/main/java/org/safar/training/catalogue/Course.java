package org.safar.training.catalogue;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Locale;

import org.safar.platform.Language;
import org.safar.training.CourseKind;
import org.safar.training.CourseSummary;

/**
 * A course: what it is called and says in four languages, what it prepares for, its modules with their hours,
 * and what passing takes — a score of at least {@code passMark} percent and attendance of at least
 * {@code minAttendance} percent of the class days.
 */
public record Course(Long id, String code, CourseKind kind, String destinationCountry, String nameUz,
        String nameUzCyrl, String nameRu, String nameEn, String descriptionUz, String descriptionUzCyrl,
        String descriptionRu, String descriptionEn, int passMark, int minAttendance, boolean active,
        List<Module> modules) {

    /**
     * A part of the course and its hours, named in as many of the four languages as were typed (at least one);
     * a name missing in the reader's language falls back to another.
     */
    public record Module(String nameUz, String nameUzCyrl, String nameRu, String nameEn, int hours) {

        public String name(Locale locale) {
            String own = Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
            if (own != null) {
                return own;
            }
            // Uzbek readers read the other script first, then Russian; Russian readers Uzbek; English readers Russian.
            List<String> others = Language.pick(locale, Arrays.asList(nameUzCyrl, nameRu, nameEn),
                    Arrays.asList(nameUz, nameRu, nameEn), Arrays.asList(nameUz, nameUzCyrl, nameEn),
                    Arrays.asList(nameRu, nameUz, nameUzCyrl));
            return others.stream().filter(Objects::nonNull).findFirst().orElse("");
        }
    }

    public Course {
        modules = modules == null ? List.of() : List.copyOf(modules);
    }

    public String name(Locale locale) {
        return Language.pick(locale, nameUz, nameUzCyrl, nameRu, nameEn);
    }

    public String description(Locale locale) {
        return Language.pick(locale, descriptionUz, descriptionUzCyrl, descriptionRu, descriptionEn);
    }

    public int hours() {
        return modules.stream().mapToInt(Module::hours).sum();
    }

    public Course withModules(List<Module> list) {
        return new Course(id, code, kind, destinationCountry, nameUz, nameUzCyrl, nameRu, nameEn, descriptionUz,
                descriptionUzCyrl, descriptionRu, descriptionEn, passMark, minAttendance, active, list);
    }

    public CourseSummary summary() {
        return new CourseSummary(code, nameUz, nameUzCyrl, nameRu, nameEn, kind, destinationCountry);
    }
}
