package org.safar.mobility.licensing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new agency and the licence granted to it, as typed by a licensing officer (or sent to the API). */
public class AgencyForm {

    @NotBlank(message = "{agency.legalName.required}")
    @Size(min = 2, max = 300, message = "{agency.legalName.size}")
    private String legalName;

    @NotBlank(message = "{agency.taxNumber.required}")
    @Pattern(regexp = "[0-9]{9}", message = "{agency.taxNumber.invalid}")
    private String taxNumber;

    @NotBlank(message = "{agency.address.required}")
    @Size(max = 500, message = "{mobility.tooLong}")
    private String address;

    @Size(max = 40, message = "{mobility.tooLong}")
    private String phone;

    @Email(message = "{agency.email.invalid}")
    @Size(max = 200, message = "{mobility.tooLong}")
    private String email;

    @Size(max = 200, message = "{mobility.tooLong}")
    private String website;

    @Size(max = 2000, message = "{mobility.tooLong}")
    private String branches;

    @NotBlank(message = "{licence.number.required}")
    @Pattern(regexp = "[A-Za-z0-9-]{3,32}", message = "{licence.number.invalid}")
    private String licenceNumber;

    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    @NotNull(message = "{licence.issuedOn.required}")
    private LocalDate issuedOn;

    @org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
    @NotNull(message = "{licence.expiresOn.required}")
    private LocalDate expiresOn;

    @NotEmpty(message = "{licence.countries.required}")
    private List<String> countries = new ArrayList<>();

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getTaxNumber() { return taxNumber; }
    public void setTaxNumber(String taxNumber) { this.taxNumber = taxNumber == null ? null : taxNumber.replaceAll("\\s", ""); }
    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getBranches() { return branches; }
    public void setBranches(String branches) { this.branches = branches; }
    public String getLicenceNumber() { return licenceNumber; }
    public void setLicenceNumber(String licenceNumber) { this.licenceNumber = licenceNumber; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public LocalDate getExpiresOn() { return expiresOn; }
    public void setExpiresOn(LocalDate expiresOn) { this.expiresOn = expiresOn; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries == null ? new ArrayList<>() : countries; }
}
