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
 * A course as typed in the form or sent to the API. The form offers a few empty module rows, so it needs no script
 * to add one; rows left empty are skipped.
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
    private List<ModuleForm> modules = new ArrayList<>();

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
        form.modules = new ArrayList<>(c.modules().stream().map(ModuleForm::of).toList());
        return form;
    }

    /**
     * The modules typed, rows left empty skipped. A row needs a name in at least one language and hours from 1 to
     * 1000; the errors name the row's field (e.g. {@code modules[2].hours}) and its number.
     */
    public List<Course.Module> parsedModules(Errors errors) {
        List<Course.Module> parsed = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            ModuleForm m = modules.get(i);
            if (m == null || m.blank()) {
                continue;
            }
            String row = "modules[" + i + "].";
            Object[] number = { i + 1 };
            String uz = ModuleForm.text(m.getNameUz());
            String uzCyrl = ModuleForm.text(m.getNameUzCyrl());
            String ru = ModuleForm.text(m.getNameRu());
            String en = ModuleForm.text(m.getNameEn());
            boolean valid = true;
            if (uz == null && uzCyrl == null && ru == null && en == null) {
                errors.rejectValue(row + "nameUz", "training.module.name.required", number, null);
                valid = false;
            }
            for (String[] name : new String[][] { { "nameUz", uz }, { "nameUzCyrl", uzCyrl }, { "nameRu", ru },
                    { "nameEn", en } }) {
                if (name[1] != null && name[1].length() > 200) {
                    errors.rejectValue(row + name[0], "training.tooLong");
                    valid = false;
                }
            }
            if (m.getHours() == null || m.getHours() < 1 || m.getHours() > 1000) {
                errors.rejectValue(row + "hours", "training.module.hours.invalid", number, null);
                valid = false;
            }
            if (valid) {
                parsed.add(new Course.Module(uz, uzCyrl, ru, en, m.getHours()));
            }
        }
        if (parsed.isEmpty() && !errors.hasFieldErrors("modules*")) {
            errors.rejectValue("modules", "training.course.modules.required");
        }
        return parsed;
    }

    /** Adds empty rows to type new modules in: {@code blank} of them, and at least {@code rows} in all. */
    /** Drops the module rows left empty, keeping the typed ones in their order. */
    public void dropEmptyRows() {
        modules.removeIf(m -> m == null || m.blank());
    }

    public void offerEmptyRows(int blank, int rows) {
        modules.removeIf(m -> m == null);
        int wanted = Math.max(modules.size() + blank, rows);
        while (modules.size() < wanted) {
            modules.add(new ModuleForm());
        }
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
    public List<ModuleForm> getModules() { return modules; }
    public void setModules(List<ModuleForm> v) { modules = v == null ? new ArrayList<>() : v; }
}
