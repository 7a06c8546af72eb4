package org.safar.training.catalogue;

/** A module as typed: a name in any of the four languages (at least one) and its hours. */
public class ModuleForm {

    private String nameUz;
    private String nameUzCyrl;
    private String nameRu;
    private String nameEn;
    private Integer hours;

    public static ModuleForm of(Course.Module m) {
        ModuleForm form = new ModuleForm();
        form.nameUz = m.nameUz();
        form.nameUzCyrl = m.nameUzCyrl();
        form.nameRu = m.nameRu();
        form.nameEn = m.nameEn();
        form.hours = m.hours();
        return form;
    }

    /** Whether nothing was typed in the row (the form offers a few empty rows). */
    boolean blank() {
        return text(nameUz) == null && text(nameUzCyrl) == null && text(nameRu) == null && text(nameEn) == null
                && hours == null;
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getNameUz() { return nameUz; }
    public void setNameUz(String v) { nameUz = v; }
    public String getNameUzCyrl() { return nameUzCyrl; }
    public void setNameUzCyrl(String v) { nameUzCyrl = v; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String v) { nameRu = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public Integer getHours() { return hours; }
    public void setHours(Integer v) { hours = v; }
}
