package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A provider as typed into the form or sent to the API; blank optional fields become empty. */
public class ProviderForm {

    @NotBlank(message = "{provider.name.required}")
    @Size(max = 200, message = "{provider.text.tooLong}")
    private String name;

    @NotNull(message = "{provider.kind.required}")
    private ProviderKind kind;

    @NotBlank(message = "{provider.country.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{provider.country.invalid}")
    private String country;

    @Size(max = 100, message = "{provider.text.tooLong}")
    private String city;

    @Size(max = 300, message = "{provider.text.tooLong}")
    private String address;

    @Pattern(regexp = "\\+?[0-9 ()-]{5,30}", message = "{provider.phone.invalid}")
    private String phone;

    @Email(message = "{provider.email.invalid}")
    @Size(max = 200, message = "{provider.text.tooLong}")
    private String email;

    @NotEmpty(message = "{provider.services.required}")
    private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);

    @Size(max = 200, message = "{provider.text.tooLong}")
    private String languages;

    @Size(max = 2000, message = "{provider.text.tooLong}")
    private String notes;

    private boolean active = true;

    static ProviderForm of(ServiceProvider provider) {
        ProviderForm form = new ProviderForm();
        form.name = provider.name();
        form.kind = provider.kind();
        form.country = provider.country();
        form.city = provider.city();
        form.address = provider.address();
        form.phone = provider.phone();
        form.email = provider.email();
        form.services = provider.services().isEmpty() ? EnumSet.noneOf(ServiceType.class)
                : EnumSet.copyOf(provider.services());
        form.languages = provider.languages();
        form.notes = provider.notes();
        form.active = provider.active();
        return form;
    }

    public ProviderDetails details() {
        return new ProviderDetails(name, kind, country, city, address, phone, email, services, languages, notes,
                active);
    }

    public boolean knownCountry() {
        return country == null || Set.of(Locale.getISOCountries()).contains(country);
    }

    public String getName() { return name; }
    public void setName(String v) { name = trim(v); }
    public ProviderKind getKind() { return kind; }
    public void setKind(ProviderKind v) { kind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v == null ? null : trim(v.toUpperCase(Locale.ROOT)); }
    public String getCity() { return city; }
    public void setCity(String v) { city = trim(v); }
    public String getAddress() { return address; }
    public void setAddress(String v) { address = trim(v); }
    public String getPhone() { return phone; }
    public void setPhone(String v) { phone = trim(v); }
    public String getEmail() { return email; }
    public void setEmail(String v) { email = trim(v); }
    public Set<ServiceType> getServices() { return services; }
    public void setServices(Set<ServiceType> v) { services = v == null ? EnumSet.noneOf(ServiceType.class) : v; }
    public String getLanguages() { return languages; }
    public void setLanguages(String v) { languages = trim(v); }
    public String getNotes() { return notes; }
    public void setNotes(String v) { notes = trim(v); }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
