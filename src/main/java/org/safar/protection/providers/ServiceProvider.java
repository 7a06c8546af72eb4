package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.util.Locale;
import java.util.Set;

/**
 * An organisation a case can be referred to: an NGO, a shelter, a lawyer, a clinic, a consulate or an IOM office,
 * in a country, offering some {@link ServiceType}s.
 */
public record ServiceProvider(long id, String name, ProviderKind kind, String country, String city, String address,
        String phone, String email, Set<ServiceType> services, String languages, String notes, boolean active) {

    public ServiceProvider {
        services = Set.copyOf(services);
    }

    /** The country's name in the reader's language. */
    public String countryName(Locale locale) {
        return new Locale("", country).getDisplayCountry(locale);
    }

    public boolean offers(ServiceType service) {
        return services.contains(service);
    }
}
