package org.safar.protection.referrals;

import java.util.List;
import java.util.Locale;

import org.safar.platform.security.Role;
import org.safar.platform.security.StaffUser;
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

/**
 * Referrals over the API. Case staff send and follow referrals of the cases they see, and may cancel one still open;
 * a partner token reads only its provider's referrals, in the narrow partner view, and answers them.
 */
@RestController
@Tag(name = "Referrals")
class ReferralsApiController {

    private final Referrals referrals;
    private final ReferralViews views;

    ReferralsApiController(Referrals referrals, ReferralViews views) {
        this.referrals = referrals;
        this.views = views;
    }

    /** Why a partner declines. */
    record DeclineRequest(String reason) {
    }

    /** Why the referring side cancels. */
    record CancelRequest(String reason) {
    }

    /** A partner's closing note. */
    record CompleteRequest(String note) {
    }

    @GetMapping("/api/v1/referrals")
    @Operation(summary = "List referrals", description = "For a partner token: its provider's referrals "
            + "(PartnerReferralView). For case staff: the referrals of one case ('case'), or of every case they "
            + "see (StaffReferralView). Optionally only one status.")
    List<?> list(@RequestParam(name = "case", required = false) Long caseId,
            @RequestParam(required = false) ReferralStatus status, Locale locale) {
        if (isPartner()) {
            return views.forPartner(referrals.forMyProvider(status), locale);
        }
        List<Referral> found = caseId == null ? referrals.inScope(status)
                : referrals.ofCase(caseId).stream().filter(r -> status == null || r.status() == status).toList();
        return views.forStaff(found, locale);
    }

    @PostMapping("/api/v1/referrals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Refer a case's person to a provider", description = "Needs the person's recorded, "
            + "valid consent for REFERRAL; refused (422) without it, for a closed case, an inactive provider or a "
            + "referral of the same person to the same provider for the same service that is still open.")
    @ApiResponse(responseCode = "201", description = "The referral, status SENT")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such case among those the caller sees",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Refused: no consent, case closed, provider inactive",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    StaffReferralView send(@Valid @RequestBody ReferralForms.Send request, Locale locale) {
        return views.forStaff(referrals.refer(request.request()), locale);
    }

    @GetMapping("/api/v1/referrals/{id}")
    @Operation(summary = "One referral", description = "A partner gets the PartnerReferralView of its own "
            + "provider's referral; any other id is 404, as for staff outside the case's scope.")
    @ApiResponse(responseCode = "404", description = "No such referral for this caller",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    Object referral(@PathVariable long id, Locale locale) {
        if (isPartner()) {
            return views.forPartner(referrals.forPartner(id), locale);
        }
        return views.forStaff(referrals.forStaff(id), locale);
    }

    @PostMapping("/api/v1/referrals/{id}/cancel")
    @Operation(summary = "Cancel an open referral with a reason (case staff)", description = "For a case writer of "
            + "the referral's case, while the referral is SENT or ACCEPTED. The provider then sees it CANCELLED, "
            + "with the reason, and can no longer accept it, record services or complete it.")
    @ApiResponse(responseCode = "200", description = "The referral, status CANCELLED")
    @ApiResponse(responseCode = "404", description = "No such referral among the cases the caller sees",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Not open any more: declined, completed or cancelled",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The reason is missing",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    StaffReferralView cancel(@PathVariable long id, @RequestBody(required = false) CancelRequest request,
            Locale locale) {
        return views.forStaff(referrals.cancel(id, request == null ? null : request.reason()), locale);
    }

    @PostMapping("/api/v1/referrals/{id}/accept")
    @Operation(summary = "Accept a referral (partner)")
    @ApiResponse(responseCode = "409", description = "Not waiting for an answer any more (answered or cancelled)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PartnerReferralView accept(@PathVariable long id, Locale locale) {
        return views.forPartner(referrals.accept(id), locale);
    }

    @PostMapping("/api/v1/referrals/{id}/decline")
    @Operation(summary = "Decline a referral with a reason (partner)")
    PartnerReferralView decline(@PathVariable long id, @RequestBody DeclineRequest request, Locale locale) {
        return views.forPartner(referrals.decline(id, request.reason()), locale);
    }

    @PostMapping("/api/v1/referrals/{id}/services")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a service delivered under an accepted referral (partner)",
            description = "Date not in the future; quantity 1 to 10000. The service counts as delivered on the "
                    + "referral's case too (no cost).")
    @ApiResponse(responseCode = "409", description = "The referring side cancelled the referral",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PartnerReferralView recordService(@PathVariable long id, @Valid @RequestBody ReferralForms.Delivery request,
            Locale locale) {
        referrals.recordService(id, request.getServiceType(), request.getDeliveredOn(), request.getQuantity(),
                request.getNote());
        return views.forPartner(referrals.forPartner(id), locale);
    }

    @PostMapping("/api/v1/referrals/{id}/complete")
    @Operation(summary = "Complete an accepted referral (partner)")
    @ApiResponse(responseCode = "409", description = "Not accepted, or cancelled by the referring side",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PartnerReferralView complete(@PathVariable long id, @RequestBody(required = false) CompleteRequest request,
            Locale locale) {
        return views.forPartner(referrals.complete(id, request == null ? null : request.note()), locale);
    }

    private static boolean isPartner() {
        return StaffUser.current().map(user -> user.has(Role.PARTNER)).orElse(false);
    }
}
