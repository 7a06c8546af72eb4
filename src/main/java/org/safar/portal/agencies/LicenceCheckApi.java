package org.safar.portal.agencies;

import java.time.LocalDate;
import java.util.List;

import org.safar.mobility.LicenceCheck;
import org.safar.mobility.LicenceChecks;
import org.safar.platform.DomainException;
import org.safar.platform.ratelimit.RateLimited;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The licence check as JSON, for other sites, chat bots and apps: no login, read only, at most ten answers, and
 * limited per client address ({@code safar.rate-limits.limits.licence-check}); over the limit it answers 429
 * with {@code Retry-After}. It lives outside {@code /api/v1}, which is for staff tokens.
 */
@RestController
@Tag(name = "Public licence check")
class LicenceCheckApi {

    private final LicenceChecks checks;

    LicenceCheckApi(LicenceChecks checks) {
        this.checks = checks;
    }

    /** One agency's licence as the public may know it. */
    record Licence(String agency, String taxNumber, String licenceNumber, String status, boolean valid,
            LocalDate issuedOn, LocalDate expiresOn, List<String> countries) {

        static Licence of(LicenceCheck check) {
            return new Licence(check.agencyName(), check.taxNumber(), check.licenceNumber(), check.status().name(),
                    check.valid(), check.issuedOn(), check.expiresOn(), check.countries());
        }
    }

    /** What was asked and what was found; {@code found} is false when no agency matched. */
    record Answer(String query, boolean found, List<Licence> licences) {
    }

    @GetMapping(path = "/api/public/v1/licences", produces = "application/json")
    @RateLimited("licence-check")
    @SecurityRequirements
    @Operation(summary = "Check an agency's licence (public, no token)", description = "By part of the agency's "
            + "name, or its whole tax or licence number; at most 10 agencies. Limited per client address.")
    @ApiResponse(responseCode = "200", description = "What was found; 'valid' is true only for an active licence")
    @ApiResponse(responseCode = "400", description = "q missing, shorter than 2 or longer than 200 characters")
    @ApiResponse(responseCode = "429", description = "Too many checks from this address; see Retry-After")
    Answer check(@RequestParam(required = false) String q) {
        if (q == null || q.strip().length() < 2 || q.length() > 200) {
            throw new DomainException(400, "portal.check.api.query");
        }
        List<Licence> licences = checks.search(q.strip()).stream().map(Licence::of).toList();
        return new Answer(q.strip(), !licences.isEmpty(), licences);
    }
}
