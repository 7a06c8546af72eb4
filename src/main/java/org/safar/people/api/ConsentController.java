package org.safar.people.api;

import java.time.LocalDate;
import java.util.List;

import org.safar.people.ConsentPurpose;
import org.safar.people.Consents;
import org.safar.people.PersonId;
import org.safar.people.registry.PersonRecords;
import org.safar.platform.security.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;

/**
 * A person's answers to what they may be asked to agree to — a referral to a provider, sharing their data with a
 * partner, being contacted, statistics — as the profile page records them. Answers are never deleted: a consent
 * is withdrawn, and the list keeps what was allowed when. Other modules (a referral) check the latest answer.
 */
@RestController
@RequestMapping("/api/v1/people/{id}/consents")
@Tag(name = "People")
class ConsentController {

    private final Consents consents;
    private final PersonRecords records;

    ConsentController(Consents consents, PersonRecords records) {
        this.consents = consents;
        this.records = records;
    }

    /**
     * One answer of the person.
     *
     * @param purpose what the person was asked
     * @param given true when they agreed, false when they refused
     * @param recordedOn the day they answered (today or earlier)
     */
    record ConsentRequest(@NotNull(message = "{person.consent.purposeInvalid}") ConsentPurpose purpose,
            @NotNull(message = "{person.consent.givenRequired}") Boolean given,
            @NotNull(message = "{person.consent.dateRequired}")
            @PastOrPresent(message = "{person.consent.dateInFuture}") LocalDate recordedOn) {
    }

    /** An answer as recorded; {@code valid} is true while it was given and not withdrawn. */
    record ConsentAnswer(long id, ConsentPurpose purpose, boolean given, LocalDate recordedOn, String recordedBy,
            LocalDate withdrawnOn, boolean valid) {

        static ConsentAnswer of(Consents.Consent consent) {
            return new ConsentAnswer(consent.id(), consent.purpose(), consent.given(), consent.recordedOn(),
                    consent.recordedBy(), consent.withdrawnOn(), consent.valid());
        }
    }

    @GetMapping
    @Operation(summary = "A person's consent answers, newest first")
    @ApiResponse(responseCode = "200", description = "The answers, withdrawn ones included")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<ConsentAnswer> list(@PathVariable long id) {
        return answers(PersonId.of(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person's answer", description = "Given or refused, for one purpose, on a day "
            + "that is not in the future. The latest answer for a purpose counts; audited on the person's history.")
    @ApiResponse(responseCode = "201", description = "Recorded; all the person's answers are returned")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors' as {field, message}",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<ConsentAnswer> record(@PathVariable long id, @Valid @RequestBody ConsentRequest request) {
        PersonId person = PersonId.of(id);
        String recordedBy = StaffUser.current().map(StaffUser::username).orElseThrow();
        consents.record(person, request.purpose(), request.given(), request.recordedOn(), recordedBy);
        return answers(person);
    }

    @PostMapping("/{consent}/withdraw")
    @Operation(summary = "Record that the person withdrew a consent", description = "Only a consent that was given "
            + "and is still valid can be withdrawn (422 otherwise); from today on it no longer counts.")
    @ApiResponse(responseCode = "200", description = "Withdrawn; all the person's answers are returned")
    @ApiResponse(responseCode = "422", description = "Not a valid consent of this person",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<ConsentAnswer> withdraw(@PathVariable long id, @PathVariable long consent) {
        PersonId person = PersonId.of(id);
        consents.withdraw(person, consent);
        return answers(person);
    }

    private List<ConsentAnswer> answers(PersonId person) {
        return consents.of(records.live(person).personId()).stream().map(ConsentAnswer::of).toList();
    }
}
