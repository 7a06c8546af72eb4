package org.safar.mobility;

import java.time.LocalDate;
import java.util.List;

/**
 * What anyone may know about an agency's licence: the facts a migrant checks before paying a recruiter. Nothing
 * here is personal data.
 */
public record LicenceCheck(long agencyId, String agencyName, String taxNumber, String address, String phone,
        String licenceNumber, LicenceStatus status, LocalDate issuedOn, LocalDate expiresOn, List<String> countries) {

    public LicenceCheck {
        countries = List.copyOf(countries);
    }

    public boolean valid() {
        return status == LicenceStatus.ACTIVE;
    }

    public boolean allows(String country) {
        return valid() && countries.contains(country);
    }
}
