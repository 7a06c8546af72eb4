package org.safar.protection.providers;

import org.safar.protection.cases.ServiceType;
import java.util.Set;

/** What is entered about a provider, from a form or the API, already checked. */
public record ProviderDetails(String name, ProviderKind kind, String country, String city, String address,
        String phone, String email, Set<ServiceType> services, String languages, String notes, boolean active) {
}
