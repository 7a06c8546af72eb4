package org.safar.mobility;

import java.util.List;
import java.util.Optional;

import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.springframework.stereotype.Service;

/** Looks up an agency's licence by name, tax number or licence number, for the public check and its API. */
@Service
public class LicenceChecks {

    /** The most a public search answers with: enough to pick the right agency, too few to copy the register. */
    public static final int LIMIT = 10;

    private final Agencies agencies;

    LicenceChecks(Agencies agencies) {
        this.agencies = agencies;
    }

    /** Agencies matching {@code text} (part of the name, or a whole tax or licence number); empty for blank. */
    public List<LicenceCheck> search(String text) {
        if (text == null || text.isBlank() || text.trim().length() < 2) {
            return List.of();
        }
        return agencies.search(text.trim(), null, LIMIT).stream().map(Agency::check).toList();
    }

    public Optional<LicenceCheck> ofAgency(long agencyId) {
        return agencies.byId(agencyId).map(Agency::check);
    }
}
