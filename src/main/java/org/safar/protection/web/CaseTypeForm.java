package org.safar.protection.web;

import org.safar.protection.cases.CaseType;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The administrator's form for a case type or sub-type. */
public class CaseTypeForm {

    @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "{casetype.code.invalid}")
    private String code;
    private Long parentId;
    @NotBlank(message = "{casetype.name.required}")
    @Size(max = 200, message = "{case.text.tooLong}")
    private String nameUz;
    @NotBlank(message = "{casetype.name.required}")
    @Size(max = 200, message = "{case.text.tooLong}")
    private String nameUzCyrl;
    @NotBlank(message = "{casetype.name.required}")
    @Size(max = 200, message = "{case.text.tooLong}")
    private String nameRu;
    @NotBlank(message = "{casetype.name.required}")
    @Size(max = 200, message = "{case.text.tooLong}")
    private String nameEn;
    private boolean restrictedByDefault;
    private boolean active = true;
    private int sortOrder = 100;

    static CaseTypeForm of(CaseType type) {
        CaseTypeForm form = new CaseTypeForm();
        form.code = type.code();
        form.parentId = type.parentId();
        form.nameUz = type.nameUz();
        form.nameUzCyrl = type.nameUzCyrl();
        form.nameRu = type.nameRu();
        form.nameEn = type.nameEn();
        form.restrictedByDefault = type.restrictedByDefault();
        form.active = type.active();
        form.sortOrder = type.sortOrder();
        return form;
    }

    CaseType toType(Long id) {
        return new CaseType(id, code, parentId, nameUz.trim(), nameUzCyrl.trim(), nameRu.trim(), nameEn.trim(),
                restrictedByDefault, active, sortOrder);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.trim(); }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public String getNameUz() { return nameUz; }
    public void setNameUz(String nameUz) { this.nameUz = nameUz; }
    public String getNameUzCyrl() { return nameUzCyrl; }
    public void setNameUzCyrl(String nameUzCyrl) { this.nameUzCyrl = nameUzCyrl; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String nameRu) { this.nameRu = nameRu; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public boolean isRestrictedByDefault() { return restrictedByDefault; }
    public void setRestrictedByDefault(boolean restrictedByDefault) { this.restrictedByDefault = restrictedByDefault; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
}
