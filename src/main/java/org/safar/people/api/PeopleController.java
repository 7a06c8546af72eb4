package org.safar.people.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.people.registry.DistrictNames;
import org.safar.people.registry.PersonRecords;
import org.safar.people.registry.PersonRegistry;
import org.safar.people.registry.PersonSearch;
import org.safar.people.registry.Registration;
import org.safar.platform.DomainException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Finding people in the registry and registering new ones. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "People", description = "The person registry: search, registration, profile, correction")
class PeopleController {

    static final int MAX_LIMIT = 100;

    private final PersonSearch search;
    private final PersonRegistry registry;
    private final PersonRecords records;
    private final DistrictNames districtNames;

    PeopleController(PersonSearch search, PersonRegistry registry, PersonRecords records,
            DistrictNames districtNames) {
        this.districtNames = districtNames;
        this.search = search;
        this.registry = registry;
        this.records = records;
    }

    @GetMapping
    @Operation(summary = "Find people", description = "Ranked by name similarity. The name may be typed in any "
            + "script and order (Karimov Rustam, Рустам Каримов); merged records are left out. At least one of "
            + "q, birthYear, documentNumber and region is needed.")
    @ApiResponse(responseCode = "200", description = "People found, best first")
    @ApiResponse(responseCode = "400", description = "No criterion, or a parameter out of range",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    List<PersonHit> search(
            @Parameter(description = "A name or part of one, in any script") @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer birthYear,
            @Parameter(description = "Exact document number") @RequestParam(required = false) String documentNumber,
            @Parameter(description = "Home region code, e.g. UZ-SA") @RequestParam(required = false) String region,
            @Parameter(description = "At most this many hits, 1 to 100") @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new DomainException(400, "peopleapi.parameter.range", "limit", 1, MAX_LIMIT);
        }
        PersonSearch.Query query = new PersonSearch.Query(q, birthYear, documentNumber, region);
        if (query.isEmpty()) {
            throw new DomainException(400, "peopleapi.search.empty", "q, birthYear, documentNumber, region");
        }
        return search.search(query, limit).stream().map(PersonHit::of).toList();
    }

    @PostMapping
    @Operation(summary = "Register a person", description = "If people who may be the same are already "
            + "registered, nothing is created and the answer is 409 with their list in 'candidates'. When the "
            + "person is someone else, send the same body again with confirmedNew: true; the close calls then go "
            + "to the duplicate review queue.")
    @ApiResponse(responseCode = "201", description = "Registered; Location is the new person's address")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors' as {field, message}",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Likely matches, listed in 'candidates'; nothing was created",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PersonDetails> register(@Valid @RequestBody Registration registration, Locale locale) {
        PersonRegistry.Outcome outcome = registry.register(registration, "API");
        if (outcome.needsReview()) {
            throw new LikelyMatchesFound(outcome.candidates());
        }
        PersonId id = outcome.registered();
        PersonDetails created = PersonDetails.of(records.byId(id.value()).orElseThrow(),
                records.documents(id.value()), records.contacts(id.value()), List.of(), districtNames, locale);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(created);
    }
}
