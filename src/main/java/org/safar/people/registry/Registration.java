package org.safar.people.registry;

import java.time.LocalDate;

import org.safar.people.PersonView;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** What an officer enters to register a person; also the body of the API's create and update calls. */
public class Registration {

    @NotBlank(message = "{person.familyName.required}")
    @Size(max = 100, message = "{person.name.tooLong}")
    private String familyName;

    @NotBlank(message = "{person.givenNames.required}")
    @Size(max = 100, message = "{person.name.tooLong}")
    private String givenNames;

    @Size(max = 100, message = "{person.name.tooLong}")
    private String patronymic;

    @Pattern(regexp = "[MF]?", message = "{person.sex.invalid}")
    private String sex;

    @PastOrPresent(message = "{person.birthDate.future}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;

    @Min(value = 1900, message = "{person.birthYear.invalid}")
    @Max(value = 2100, message = "{person.birthYear.invalid}")
    private Integer birthYear;

    @Pattern(regexp = "([A-Za-z]{2})?", message = "{person.country.invalid}")
    private String citizenship = "UZ";

    @Size(max = 200, message = "{person.text.tooLong}")
    private String birthPlace;

    private String homeRegion;

    @Size(max = 100, message = "{person.text.tooLong}")
    private String homeDistrict;

    @Size(max = 300, message = "{person.text.tooLong}")
    private String homeAddress;

    @Pattern(regexp = "([A-Za-z]{2})?", message = "{person.country.invalid}")
    private String currentCountry;

    private String documentType = "PASSPORT";

    @Pattern(regexp = "[\\p{L}0-9 -]{0,30}", message = "{person.documentNumber.invalid}")
    private String documentNumber;

    @Pattern(regexp = "([A-Za-z]{2})?", message = "{person.country.invalid}")
    private String documentCountry = "UZ";

    @Pattern(regexp = "(\\+?[0-9 ()-]{7,20})?", message = "{person.phone.invalid}")
    private String phone;

    /** Set when the officer has seen the likely matches and confirms this is someone else. */
    private boolean confirmedNew;

    /** The person's basic facts as recorded, for a form that corrects them; no document, no phone. */
    public static Registration of(PersonView person) {
        Registration form = new Registration();
        form.setFamilyName(person.familyName());
        form.setGivenNames(person.givenNames());
        form.setPatronymic(person.patronymic());
        form.setSex(person.sex());
        form.setBirthDate(person.birthDate());
        form.setBirthYear(person.birthYear());
        form.setCitizenship(person.citizenship());
        form.setBirthPlace(person.birthPlace());
        form.setHomeRegion(person.homeRegion());
        form.setHomeDistrict(person.homeDistrict());
        form.setHomeAddress(person.homeAddress());
        form.setCurrentCountry(person.currentCountry());
        form.setDocumentType(null);
        form.setDocumentCountry(null);
        return form;
    }

    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = trim(v); }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { givenNames = trim(v); }
    public String getPatronymic() { return patronymic; }
    public void setPatronymic(String v) { patronymic = trim(v); }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = trim(v); }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate v) { birthDate = v; }
    public Integer getBirthYear() { return birthDate != null ? Integer.valueOf(birthDate.getYear()) : birthYear; }
    public void setBirthYear(Integer v) { birthYear = v; }
    public String getCitizenship() { return upper(citizenship); }
    public void setCitizenship(String v) { citizenship = trim(v); }
    public String getBirthPlace() { return birthPlace; }
    public void setBirthPlace(String v) { birthPlace = trim(v); }
    public String getHomeRegion() { return homeRegion; }
    public void setHomeRegion(String v) { homeRegion = trim(v); }
    public String getHomeDistrict() { return homeDistrict; }
    public void setHomeDistrict(String v) { homeDistrict = trim(v); }
    public String getHomeAddress() { return homeAddress; }
    public void setHomeAddress(String v) { homeAddress = trim(v); }
    public String getCurrentCountry() { return upper(currentCountry); }
    public void setCurrentCountry(String v) { currentCountry = trim(v); }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { documentType = trim(v); }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { documentNumber = trim(v); }
    public String getDocumentCountry() { return upper(documentCountry); }
    public void setDocumentCountry(String v) { documentCountry = trim(v); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = trim(v); }
    public boolean isConfirmedNew() { return confirmedNew; }
    public void setConfirmedNew(boolean v) { confirmedNew = v; }

    /** A document number as compared: upper case, letters and digits only. */
    public static String normaliseDocumentNumber(String number) {
        return number == null ? null : number.replaceAll("[^\\p{L}0-9]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** A phone number as compared: digits only. */
    public static String normalisePhone(String phone) {
        return phone == null ? null : phone.replaceAll("[^0-9]", "");
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim().replaceAll("\\s+", " ");
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(java.util.Locale.ROOT);
    }
}
