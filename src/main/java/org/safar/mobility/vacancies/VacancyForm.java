package org.safar.mobility.vacancies;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A vacancy's terms as an agency types them. The wage is in major units (e.g. 1200.50 USD). */
public class VacancyForm {

    @NotNull(message = "{vacancy.employer.required}")
    private Long employerId;

    @NotBlank(message = "{vacancy.title.required}")
    @Size(min = 2, max = 200, message = "{vacancy.title.size}")
    private String title;

    @NotBlank(message = "{vacancy.occupation.required}")
    private String occupationCode;

    @NotBlank(message = "{vacancy.country.required}")
    private String country;

    @NotBlank(message = "{vacancy.city.required}")
    @Size(max = 100, message = "{mobility.tooLong}")
    private String city;

    @NotNull(message = "{vacancy.posts.invalid}")
    @Min(value = 1, message = "{vacancy.posts.invalid}")
    @Max(value = 10000, message = "{vacancy.posts.invalid}")
    private Integer posts;

    @NotNull(message = "{vacancy.wage.required}")
    @DecimalMin(value = "0.01", message = "{vacancy.wage.invalid}")
    @DecimalMax(value = "100000000", message = "{vacancy.wage.invalid}")
    @Digits(integer = 9, fraction = 2, message = "{vacancy.wage.invalid}")
    private BigDecimal wage;

    @NotBlank(message = "{vacancy.currency.required}")
    @Pattern(regexp = "USD|EUR|GBP|RUB|KZT|KRW|TRY|AED|JPY|PLN|UZS", message = "{vacancy.currency.required}")
    private String currency;

    @NotBlank(message = "{vacancy.wagePeriod.required}")
    @Pattern(regexp = "HOUR|MONTH", message = "{vacancy.wagePeriod.required}")
    private String wagePeriod = "MONTH";

    @NotNull(message = "{vacancy.hours.invalid}")
    @Min(value = 1, message = "{vacancy.hours.invalid}")
    @Max(value = 84, message = "{vacancy.hours.invalid}")
    private Integer hoursPerWeek;

    @NotBlank(message = "{vacancy.accommodation.required}")
    @Size(max = 1000, message = "{mobility.tooLong}")
    private String accommodation;

    @NotBlank(message = "{vacancy.travel.required}")
    @Size(max = 1000, message = "{mobility.tooLong}")
    private String travel;

    @NotNull(message = "{vacancy.contractMonths.invalid}")
    @Min(value = 1, message = "{vacancy.contractMonths.invalid}")
    @Max(value = 120, message = "{vacancy.contractMonths.invalid}")
    private Integer contractMonths;

    @Size(max = 500, message = "{mobility.tooLong}")
    private String languageRequirement;

    @Size(max = 1000, message = "{mobility.tooLong}")
    private String skillRequirement;

    @Pattern(regexp = "[A-Za-z0-9-]{0,32}", message = "{vacancy.course.invalid}")
    private String requiredCourseCode;

    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    @NotNull(message = "{vacancy.closingOn.required}")
    private LocalDate closingOn;

    public static VacancyForm of(Vacancy v) {
        VacancyForm form = new VacancyForm();
        form.employerId = v.employerId();
        form.title = v.title();
        form.occupationCode = v.occupationCode();
        form.country = v.country();
        form.city = v.city();
        form.posts = v.posts();
        form.wage = v.wage();
        form.currency = v.currency();
        form.wagePeriod = v.wagePeriod();
        form.hoursPerWeek = v.hoursPerWeek();
        form.accommodation = v.accommodation();
        form.travel = v.travel();
        form.contractMonths = v.contractMonths();
        form.languageRequirement = v.languageRequirement();
        form.skillRequirement = v.skillRequirement();
        form.requiredCourseCode = v.requiredCourseCode();
        form.closingOn = v.closingOn();
        return form;
    }

    long wageMinor() {
        return wage.movePointRight(2).longValueExact();
    }

    public Long getEmployerId() { return employerId; }
    public void setEmployerId(Long employerId) { this.employerId = employerId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getOccupationCode() { return occupationCode; }
    public void setOccupationCode(String occupationCode) { this.occupationCode = occupationCode; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getCity() { return city; }
    public void setCity(String city) { this.city = city; }
    public Integer getPosts() { return posts; }
    public void setPosts(Integer posts) { this.posts = posts; }
    public BigDecimal getWage() { return wage; }
    public void setWage(BigDecimal wage) { this.wage = wage; }
    public String getCurrency() { return currency; }
    public void setCurrency(String currency) { this.currency = currency; }
    public String getWagePeriod() { return wagePeriod; }
    public void setWagePeriod(String wagePeriod) { this.wagePeriod = wagePeriod; }
    public Integer getHoursPerWeek() { return hoursPerWeek; }
    public void setHoursPerWeek(Integer hoursPerWeek) { this.hoursPerWeek = hoursPerWeek; }
    public String getAccommodation() { return accommodation; }
    public void setAccommodation(String accommodation) { this.accommodation = accommodation; }
    public String getTravel() { return travel; }
    public void setTravel(String travel) { this.travel = travel; }
    public Integer getContractMonths() { return contractMonths; }
    public void setContractMonths(Integer contractMonths) { this.contractMonths = contractMonths; }
    public String getLanguageRequirement() { return languageRequirement; }
    public void setLanguageRequirement(String languageRequirement) { this.languageRequirement = languageRequirement; }
    public String getSkillRequirement() { return skillRequirement; }
    public void setSkillRequirement(String skillRequirement) { this.skillRequirement = skillRequirement; }
    public String getRequiredCourseCode() { return requiredCourseCode; }
    public void setRequiredCourseCode(String requiredCourseCode) { this.requiredCourseCode = requiredCourseCode; }
    public LocalDate getClosingOn() { return closingOn; }
    public void setClosingOn(LocalDate closingOn) { this.closingOn = closingOn; }
}
