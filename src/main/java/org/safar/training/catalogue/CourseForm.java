package org.safar.training.catalogue;

import java.util.ArrayList;
import java.util.List;

import org.safar.training.CourseKind;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A course as typed in the form or sent to the API. Modules are typed one a line as {@code name | hours}, so the
 * form needs no script to add rows.
 */
public class CourseForm {

    @NotBlank(message = "{training.course.code.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,23}", message = "{training.course.code.invalid}")
    private String code;
    @NotNull(message = "{training.course.kind.required}")
    private CourseKind kind;
    @Pattern(regexp = "[A-Za-z]{2}", message = "{training.country.invalid}")
    private String destinationCountry;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameUz;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameUzCyrl;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameRu;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameEn;
    @Size(max = 4000, message = "{training.tooLong}")
    private String descriptionUz;
    @Size(max = 4000, message = "{training.tooLong}")
    private String descriptionUzCyrl;
    @Size(max = 4000, message = "{training.tooLong}")
    private String descriptionRu;
    @Size(max = 4000, message = "{training.tooLong}")
    private String descriptionEn;
    @NotNull(message = "{training.percent.invalid}") @Min(value = 0, message = "{training.percent.invalid}")
    @Max(value = 100, message = "{training.percent.invalid}")
    private Integer passMark = 60;
    @NotNull(message = "{training.percent.invalid}") @Min(value = 0, message = "{training.percent.invalid}")
    @Max(value = 100, message = "{training.percent.invalid}")
    private Integer minAttendance = 80;
    private boolean active = true;
    @NotBlank(message = "{training.course.modules.required}")
    @Size(max = 4000, message = "{training.tooLong}")
    private String modules;

    public static CourseForm of(Course c) {
        CourseForm form = new CourseForm();
        form.code = c.code();
        form.kind = c.kind();
        form.destinationCountry = c.destinationCountry();
        form.nameUz = c.nameUz();
        form.nameUzCyrl = c.nameUzCyrl();
        form.nameRu = c.nameRu();
        form.nameEn = c.nameEn();
        form.descriptionUz = c.descriptionUz();
        form.descriptionUzCyrl = c.descriptionUzCyrl();
        form.descriptionRu = c.descriptionRu();
        form.descriptionEn = c.descriptionEn();
        form.passMark = c.passMark();
        form.minAttendance = c.minAttendance();
        form.active = c.active();
        form.modules = String.join("\n", c.modules().stream().map(m -> m.name() + " | " + m.hours()).toList());
        return form;
    }

    /** The modules typed, one a line; a line that does not read as {@code name | hours} is an error naming it. */
    public List<Course.Module> parsedModules(Errors errors) {
        List<Course.Module> parsed = new ArrayList<>();
        if (modules == null) {
            return parsed;
        }
        String[] lines = modules.strip().split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int bar = line.lastIndexOf('|');
            try {
                int hours = Integer.parseInt(line.substring(bar + 1).strip());
                String name = line.substring(0, bar).strip();
                if (bar < 1 || name.isEmpty() || hours < 1 || hours > 1000) {
                    throw new NumberFormatException();
                }
                parsed.add(new Course.Module(name, hours));
            }
            catch (RuntimeException unreadable) {
                errors.rejectValue("modules", "training.course.modules.invalid", new Object[] { i + 1 }, null);
            }
        }
        return parsed;
    }

    Course toCourse(Long id, List<Course.Module> parsed) {
        return new Course(id, code.strip().toUpperCase(), kind, blankToNull(destinationCountry), nameUz.strip(),
                nameUzCyrl.strip(), nameRu.strip(), nameEn.strip(), text(descriptionUz), text(descriptionUzCyrl),
                text(descriptionRu), text(descriptionEn), passMark, minAttendance, active, parsed);
    }

    private static String blankToNull(String country) {
        return country == null || country.isBlank() ? null : country.strip().toUpperCase();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public CourseKind getKind() { return kind; }
    public void setKind(CourseKind v) { kind = v; }
    public String getDestinationCountry() { return destinationCountry; }
    public void setDestinationCountry(String v) { destinationCountry = v == null || v.isBlank() ? null : v; }
    public String getNameUz() { return nameUz; }
    public void setNameUz(String v) { nameUz = v; }
    public String getNameUzCyrl() { return nameUzCyrl; }
    public void setNameUzCyrl(String v) { nameUzCyrl = v; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String v) { nameRu = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getDescriptionUz() { return descriptionUz; }
    public void setDescriptionUz(String v) { descriptionUz = v; }
    public String getDescriptionUzCyrl() { return descriptionUzCyrl; }
    public void setDescriptionUzCyrl(String v) { descriptionUzCyrl = v; }
    public String getDescriptionRu() { return descriptionRu; }
    public void setDescriptionRu(String v) { descriptionRu = v; }
    public String getDescriptionEn() { return descriptionEn; }
    public void setDescriptionEn(String v) { descriptionEn = v; }
    public Integer getPassMark() { return passMark; }
    public void setPassMark(Integer v) { passMark = v; }
    public Integer getMinAttendance() { return minAttendance; }
    public void setMinAttendance(Integer v) { minAttendance = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
    public String getModules() { return modules; }
    public void setModules(String v) { modules = v; }
}
