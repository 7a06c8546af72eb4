package org.safar.protection.transfers;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Transfers of cases between offices over the API. */
@RestController
@Tag(name = "Transfers")
class TransfersApiController {

    private final Transfers transfers;
    private final TransferViews views;

    TransfersApiController(Transfers transfers, TransferViews views) {
        this.transfers = transfers;
        this.views = views;
    }

    /** Why the receiving office refuses. */
    record RefuseRequest(String reason) {
    }

    /** Why the sending office withdraws. */
    record WithdrawRequest(String reason) {
    }

    @GetMapping("/api/v1/transfers")
    @Operation(summary = "Transfers to and from the caller's offices", description = "Waiting ones first.")
    List<TransferView> list(Locale locale) {
        return views.of(transfers.ofMyOffices(), locale);
    }

    @PostMapping("/api/v1/transfers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ask another office to take a case", description = "The case stays with its office "
            + "until a case officer of the receiving office accepts. One waiting transfer per case.")
    @ApiResponse(responseCode = "201", description = "The transfer, status REQUESTED")
    @ApiResponse(responseCode = "422", description = "Refused: case closed, same office, one already waiting",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    TransferView request(@Valid @RequestBody TransferForm request, Locale locale) {
        return views.of(transfers.request(request.getCaseId(), request.getToOfficeId(), request.getReason()), locale);
    }

    @GetMapping("/api/v1/transfers/{id}")
    @Operation(summary = "One transfer", description = "Visible to case staff of the sending and receiving offices.")
    TransferView transfer(@PathVariable long id, Locale locale) {
        return views.of(transfers.visible(id), locale);
    }

    @PostMapping("/api/v1/transfers/{id}/accept")
    @Operation(summary = "Accept (receiving office)", description = "The case moves to the receiving office, "
            + "assigned to the caller; publishes CaseTransferred.")
    @ApiResponse(responseCode = "403", description = "The caller is not a case officer of the receiving office",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already answered, or withdrawn by the sending office",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    TransferView accept(@PathVariable long id, Locale locale) {
        return views.of(transfers.accept(id), locale);
    }

    @PostMapping("/api/v1/transfers/{id}/refuse")
    @Operation(summary = "Refuse with a reason (receiving office)")
    TransferView refuse(@PathVariable long id, @RequestBody RefuseRequest request, Locale locale) {
        return views.of(transfers.refuse(id, request.reason()), locale);
    }

    @PostMapping("/api/v1/transfers/{id}/withdraw")
    @Operation(summary = "Withdraw a waiting transfer with a reason (sending office)", description = "For a case "
            + "writer of the case's office while the transfer is REQUESTED. The case stays with its office, and a "
            + "new transfer may be asked; the receiving office can no longer answer this one.")
    @ApiResponse(responseCode = "200", description = "The transfer, status WITHDRAWN")
    @ApiResponse(responseCode = "403", description = "The caller is not of the sending office",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such transfer to or from the caller's offices",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "No longer waiting: answered or already withdrawn",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The reason is missing",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    TransferView withdraw(@PathVariable long id, @RequestBody(required = false) WithdrawRequest request,
            Locale locale) {
        return views.of(transfers.withdraw(id, request == null ? null : request.reason()), locale);
    }
}
