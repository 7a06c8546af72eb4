package org.safar.platform.admin;

import java.util.Locale;
import java.util.Set;

import org.safar.platform.accounts.Office;
import org.safar.platform.accounts.OfficeKind;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an administrator fills in to create or edit an office. A regional office needs a region and a mission a
 * country; the other of the two is dropped, so the database's consistency checks always hold.
 */
class OfficeForm {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @NotBlank(message = "{office.code.required}")
    @Pattern(regexp = "[A-Z0-9-]{2,32}", message = "{office.code.invalid}")
    private String code;

    @NotNull(message = "{office.kind.required}")
    private OfficeKind kind;

    private String regionCode;

    private String country;

    @NotBlank(message = "{office.name.required}")
    @Size(max = 200, message = "{office.name.tooLong}")
    private String nameUz;

    @NotBlank(message = "{office.name.required}")
    @Size(max = 200, message = "{office.name.tooLong}")
    private String nameUzCyrl;

    @NotBlank(message = "{office.name.required}")
    @Size(max = 200, message = "{office.name.tooLong}")
    private String nameRu;

    @NotBlank(message = "{office.name.required}")
    @Size(max = 200, message = "{office.name.tooLong}")
    private String nameEn;

    private boolean active = true;

    static OfficeForm of(Office office) {
        OfficeForm form = new OfficeForm();
        form.code = office.code();
        form.kind = office.kind();
        form.regionCode = office.regionCode();
        form.country = office.country();
        form.nameUz = office.nameUz();
        form.nameUzCyrl = office.nameUzCyrl();
        form.nameRu = office.nameRu();
        form.nameEn = office.nameEn();
        form.active = office.active();
        return form;
    }

    /** Field errors for a region or country that the kind of office needs but lacks, or that does not exist. */
    void checkPlace(Set<String> regionCodes, Errors errors) {
        if (kind == OfficeKind.REGIONAL && regionCode == null) {
            errors.rejectValue("regionCode", "office.region.required");
        }
        else if (kind == OfficeKind.REGIONAL && !regionCodes.contains(regionCode)) {
            errors.rejectValue("regionCode", "office.region.unknown");
        }
        if (kind == OfficeKind.MISSION && country == null) {
            errors.rejectValue("country", "office.country.required");
        }
        else if (kind == OfficeKind.MISSION && !COUNTRIES.contains(country)) {
            errors.rejectValue("country", "office.country.invalid", new Object[] {"RU", "KZ"}, null);
        }
    }

    Office toOffice(Long id) {
        return new Office(id, code, kind, kind == OfficeKind.REGIONAL ? regionCode : null,
                kind == OfficeKind.MISSION ? country : null, nameUz, nameUzCyrl, nameRu, nameEn, active);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    public OfficeKind getKind() {
        return kind;
    }

    public void setKind(OfficeKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = blankToNull(regionCode);
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    }

    public String getNameUz() {
        return nameUz;
    }

    public void setNameUz(String nameUz) {
        this.nameUz = blankToNull(nameUz);
    }

    public String getNameUzCyrl() {
        return nameUzCyrl;
    }

    public void setNameUzCyrl(String nameUzCyrl) {
        this.nameUzCyrl = blankToNull(nameUzCyrl);
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = blankToNull(nameRu);
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = blankToNull(nameEn);
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
