package org.safar.training.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A training centre as typed. */
public class CentreForm {

    @NotBlank(message = "{training.centre.code.required}")
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]{1,23}", message = "{training.centre.code.invalid}")
    private String code;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameUz;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameUzCyrl;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameRu;
    @NotBlank(message = "{training.name.required}") @Size(max = 200, message = "{training.tooLong}")
    private String nameEn;
    @NotBlank(message = "{training.region.required}")
    private String regionCode;
    @Size(max = 300, message = "{training.tooLong}")
    private String address;
    @NotNull(message = "{training.office.required}")
    private Long officeId;

    public static CentreForm of(Centre c) {
        CentreForm form = new CentreForm();
        form.code = c.code();
        form.nameUz = c.nameUz();
        form.nameUzCyrl = c.nameUzCyrl();
        form.nameRu = c.nameRu();
        form.nameEn = c.nameEn();
        form.regionCode = c.regionCode();
        form.address = c.address();
        form.officeId = c.officeId();
        return form;
    }

    Centre toCentre(Long id) {
        return new Centre(id, code.strip().toUpperCase(), nameUz.strip(), nameUzCyrl.strip(), nameRu.strip(),
                nameEn.strip(), regionCode, address == null ? "" : address.strip(), officeId, null);
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameUz() { return nameUz; }
    public void setNameUz(String v) { nameUz = v; }
    public String getNameUzCyrl() { return nameUzCyrl; }
    public void setNameUzCyrl(String v) { nameUzCyrl = v; }
    public String getNameRu() { return nameRu; }
    public void setNameRu(String v) { nameRu = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getRegionCode() { return regionCode; }
    public void setRegionCode(String v) { regionCode = v; }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = v; }
    public Long getOfficeId() { return officeId; }
    public void setOfficeId(Long v) { officeId = v; }
}
