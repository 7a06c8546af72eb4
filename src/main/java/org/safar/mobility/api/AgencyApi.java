package org.safar.mobility.api;

import java.time.LocalDate;
import java.util.List;

import org.safar.mobility.LicenceStatus;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.AgencyForm;
import org.safar.mobility.licensing.LicenceHistoryLine;
import org.safar.mobility.licensing.LicensingDesk;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The register of agencies and their licences: read by migration staff, changed by licensing officers. */
@RestController
@Tag(name = "Agencies and licences")
class AgencyApi {

    private final Agencies agencies;
    private final LicensingDesk desk;

    AgencyApi(Agencies agencies, LicensingDesk desk) {
        this.agencies = agencies;
        this.desk = desk;
    }

    /** An agency with its licence. */
    record AgencyDetails(long id, String legalName, String taxNumber, String address, String phone, String email,
            String website, String branches, String licenceNumber, LocalDate issuedOn, LocalDate expiresOn,
            LicenceStatus status, String statusReason, List<String> countries) {

        static AgencyDetails of(Agency a) {
            return new AgencyDetails(a.id(), a.legalName(), a.taxNumber(), a.address(), a.phone(), a.email(),
                    a.website(), a.branches(), a.licenceNumber(), a.issuedOn(), a.expiresOn(), a.status(),
                    a.statusReason(), a.countries());
        }
    }

    /** Why a licence is suspended, reinstated or revoked. */
    record Reason(String reason) {
    }

    /** A renewal: the new expiry date and the countries the licence allows from now on. */
    record Renewal(LocalDate expiresOn, List<String> countries) {
    }

    @GetMapping("/api/v1/agencies")
    @Operation(summary = "Search agencies", description = "By part of the name, or a whole tax or licence number; "
            + "optionally by licence status. At most 200.")
    List<AgencyDetails> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) LicenceStatus status) {
        return agencies.search(q, status, 200).stream().map(AgencyDetails::of).toList();
    }

    @GetMapping("/api/v1/agencies/{id}")
    @Operation(summary = "An agency and its licence")
    @ApiResponse(responseCode = "404", description = "No such agency",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    AgencyDetails agency(@PathVariable long id) {
        return AgencyDetails.of(desk.require(id));
    }

    @GetMapping("/api/v1/agencies/{id}/licence/history")
    @Operation(summary = "Every change of the agency's licence, latest first")
    List<LicenceHistoryLine> history(@PathVariable long id) {
        return agencies.historyOf(desk.require(id).licenceId());
    }

    @PostMapping("/api/v1/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an agency and grant its licence", description = "Licensing officers only.")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Tax or licence number already registered",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    AgencyDetails register(@Valid @RequestBody AgencyForm form) {
        return AgencyDetails.of(desk.require(desk.register(form)));
    }

    @PostMapping("/api/v1/agencies/{id}/licence/renew")
    @Operation(summary = "Renew the licence", description = "A new expiry date later than today and than the "
            + "current one, and the countries allowed; an expired licence becomes active again.")
    AgencyDetails renew(@PathVariable long id, @RequestBody Renewal renewal) {
        desk.renew(id, renewal.expiresOn(), renewal.countries() == null ? List.of() : renewal.countries());
        return AgencyDetails.of(desk.require(id));
    }

    @PostMapping("/api/v1/agencies/{id}/licence/suspend")
    @Operation(summary = "Suspend an active licence", description = "Its vacancies leave the public list at once.")
    AgencyDetails suspend(@PathVariable long id, @RequestBody Reason reason) {
        desk.suspend(id, reason.reason());
        return AgencyDetails.of(desk.require(id));
    }

    @PostMapping("/api/v1/agencies/{id}/licence/reinstate")
    @Operation(summary = "Lift a suspension")
    AgencyDetails reinstate(@PathVariable long id, @RequestBody Reason reason) {
        desk.reinstate(id, reason.reason());
        return AgencyDetails.of(desk.require(id));
    }

    @PostMapping("/api/v1/agencies/{id}/licence/revoke")
    @Operation(summary = "Revoke the licence for good", description = "Open vacancies of the agency are closed.")
    AgencyDetails revoke(@PathVariable long id, @RequestBody Reason reason) {
        desk.revoke(id, reason.reason());
        return AgencyDetails.of(desk.require(id));
    }
}
