package org.safar.mobility.licensing;

import java.time.LocalDate;
import java.util.List;

import org.safar.mobility.LicenceCheck;
import org.safar.mobility.LicenceStatus;

/** A private employment agency with its licence (every agency in the register holds one, whatever its status). */
public record Agency(long id, String legalName, String taxNumber, String address, String phone, String email,
        String website, String branches, long licenceId, String licenceNumber, LocalDate issuedOn,
        LocalDate expiresOn, LicenceStatus status, String statusReason, List<String> countries) {

    public Agency {
        countries = List.copyOf(countries);
    }

    public boolean licenceActive() {
        return status == LicenceStatus.ACTIVE;
    }

    public boolean allows(String country) {
        return licenceActive() && countries.contains(country);
    }

    public LicenceCheck check() {
        return new LicenceCheck(id, legalName, taxNumber, address, phone, licenceNumber, status, issuedOn, expiresOn,
                countries);
    }
}
