package org.safar.people.api;

import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.people.PersonView;
import org.safar.people.registry.DistrictNames;
import org.safar.people.registry.IdentityDocuments;
import org.safar.people.registry.OtherNames;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.Registration;
import org.safar.platform.DomainException;
import org.safar.platform.audit.AuditTrail;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
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

/**
 * One person's record. A merged record is still answered with 200 and its own data, {@code mergedInto} naming
 * the record that remains: a redirect would hide what the merged record said, and some clients drop the token
 * when they follow one. Changing a merged record is refused. Other names and documents are removed one by one, by
 * the ids the record lists.
 */
@RestController
@RequestMapping("/api/v1/people/{id}")
@Tag(name = "People")
class PersonController {

    private final PersonRecords records;
    private final PersonRegistry registry;
    private final AuditTrail audit;
    private final DistrictNames districtNames;
    private final OtherNames otherNames;
    private final IdentityDocuments documents;

    PersonController(PersonRecords records, PersonRegistry registry, AuditTrail audit, DistrictNames districtNames,
            OtherNames otherNames, IdentityDocuments documents) {
        this.otherNames = otherNames;
        this.documents = documents;
        this.districtNames = districtNames;
        this.records = records;
        this.registry = registry;
        this.audit = audit;
    }

    @GetMapping
    @Operation(summary = "A person with documents and contacts", description = "Region and district names are "
            + "given in the language of Accept-Language. Every read is written to the audit trail. A merged record "
            + "answers with its own data and 'mergedInto', the id of the record that remains.")
    @ApiResponse(responseCode = "200", description = "The person")
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    PersonDetails person(@PathVariable long id, Locale locale) {
        PersonView person = existing(id);
        audit.record("PERSON_VIEWED", "Person", id, person.reference() + " via API");
        return details(person, locale);
    }

    @PutMapping
    @Operation(summary = "Correct a person's basic facts", description = "Replaces names, sex, birth date or "
            + "year, citizenship, birth place, home region, district and address, and current country; a field "
            + "left out is cleared. Documents, phone and confirmedNew in the body are ignored. A replaced name is "
            + "kept as an alias so that searches still find it; the change is audited. When names or birth changed, "
            + "the record is matched against the registry again, as at registration: the people it may be a "
            + "duplicate of are queued for review and listed in 'possibleDuplicates'.")
    @ApiResponse(responseCode = "200", description = "The person as now recorded, with possible duplicates")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors' as {field, message}",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such person",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The record was merged into another; change that one",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CorrectedPerson update(@PathVariable long id, @Valid @RequestBody Registration registration, Locale locale) {
        PersonView person = existing(id);
        if (person.mergedInto() != null) {
            throw new DomainException(409, "peopleapi.merged", person.mergedInto().toString());
        }
        PersonRegistry.Correction correction = registry.update(PersonId.of(id), registration, "API");
        return new CorrectedPerson(details(existing(id), locale),
                correction.possibleDuplicates().stream().map(PersonId::value).toList());
    }

    @DeleteMapping("/aliases/{alias}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an other name", description = "The person is no longer found by it; audited. The "
            + "person's current name, also when written in another script or spelling (its folded key is the current "
            + "name's), is not an other name to remove: the person is found by it anyway; correct the record "
            + "instead (422).")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such person, a merged one, or no such name of theirs",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The name is the person's current name, in any script",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    void removeAlias(@PathVariable long id, @PathVariable long alias) {
        otherNames.remove(PersonId.of(id), alias);
    }

    @DeleteMapping("/documents/{document}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an identity document", description = "The person is no longer found by its "
            + "number; audited without the number.")
    @ApiResponse(responseCode = "204", description = "Removed")
    @ApiResponse(responseCode = "404", description = "No such person, a merged one, or no such document of theirs",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    void removeDocument(@PathVariable long id, @PathVariable long document) {
        documents.remove(PersonId.of(id), document);
    }

    private PersonView existing(long id) {
        return records.byId(id).orElseThrow(() -> new DomainException(404, "person.notFound"));
    }

    private PersonDetails details(PersonView person, Locale reader) {
        return PersonDetails.of(person, records.documents(person.id()), records.contacts(person.id()),
                otherNames.of(person.personId()), districtNames, reader);
    }
}
