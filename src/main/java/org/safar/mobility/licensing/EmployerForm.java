package org.safar.mobility.licensing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A foreign employer as typed by a licensing officer. */
public class EmployerForm {

    @NotBlank(message = "{employer.name.required}")
    @Size(min = 2, max = 300, message = "{employer.name.size}")
    private String name;

    @NotBlank(message = "{employer.country.required}")
    private String country;

    @NotBlank(message = "{employer.registrationNumber.required}")
    @Size(max = 60, message = "{mobility.tooLong}")
    private String registrationNumber;

    @NotBlank(message = "{employer.sector.required}")
    @Size(max = 200, message = "{mobility.tooLong}")
    private String sector;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegistrationNumber() { return registrationNumber; }
    public void setRegistrationNumber(String registrationNumber) { this.registrationNumber = registrationNumber; }
    public String getSector() { return sector; }
    public void setSector(String sector) { this.sector = sector; }
}
