package org.safar.mobility.applications;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An applicant as an agency has them in front of it: the passport and what it says. The page's form and the API's
 * body alike; the passport number is written in Latin letters and digits, as printed.
 */
public class ApplicantForm {

    /** The passport's issuing countries the form offers: Uzbekistan first, then its neighbours. */
    public static final java.util.List<String> COUNTRIES = java.util.List.of("UZ", "KZ", "KG", "TJ", "TM");

    @NotBlank(message = "{applicant.documentNumber.required}")
    @Pattern(regexp = "[A-Za-z0-9 -]{5,30}", message = "{applicant.documentNumber.invalid}")
    private String documentNumber;

    @NotBlank(message = "{applicant.documentCountry.required}")
    @Pattern(regexp = "[A-Za-z]{2}", message = "{applicant.documentCountry.required}")
    private String documentCountry = "UZ";

    @NotBlank(message = "{applicant.familyName.required}")
    @Size(max = 100, message = "{applicant.name.tooLong}")
    private String familyName;

    @NotBlank(message = "{applicant.givenNames.required}")
    @Size(max = 100, message = "{applicant.name.tooLong}")
    private String givenNames;

    @NotNull(message = "{applicant.birthDate.required}")
    @Past(message = "{applicant.birthDate.invalid}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @NotBlank(message = "{applicant.sex.required}")
    @Pattern(regexp = "[MF]", message = "{applicant.sex.required}")
    private String sex;

    @Pattern(regexp = "(\\+?[0-9 ()-]{7,20})?", message = "{applicant.phone.invalid}")
    private String phone;

    /** What the annotations cannot say: a birth date the registry accepts. */
    public void check(Errors errors) {
        if (birthDate != null && birthDate.getYear() < 1900 && !errors.hasFieldErrors("birthDate")) {
            errors.rejectValue("birthDate", "applicant.birthDate.invalid");
        }
    }

    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = trim(v); }
    public String getDocumentCountry() { return documentCountry == null ? null : documentCountry.toUpperCase(Locale.ROOT); }
    public void setDocumentCountry(String v) { documentCountry = trim(v); }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = trim(v); }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = trim(v); }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = trim(v); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = trim(v); }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
    }
}
