package org.safar.protection.api;

import java.util.List;
import java.util.Locale;

import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseDetails;
import org.safar.protection.cases.CasePerson;
import org.safar.protection.cases.CaseScope;
import org.safar.protection.cases.CaseSearch;
import org.safar.protection.cases.CaseStatistics;
import org.safar.protection.cases.CaseTypes;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.RiskLevel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The case list and opening a case. The list holds only cases the caller may open. */
@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases")
class CaseListApiController {

    static final int MAX_PAGE_SIZE = 200;

    private final CaseSearch search;
    private final CaseAccess access;
    private final Casework casework;
    private final CaseTypes types;
    private final CaseDocuments documents;
    private final CaseStatistics statistics;

    CaseListApiController(CaseSearch search, CaseAccess access, Casework casework, CaseTypes types,
            CaseDocuments documents, CaseStatistics statistics) {
        this.statistics = statistics;
        this.search = search;
        this.access = access;
        this.casework = casework;
        this.types = types;
        this.documents = documents;
    }

    @GetMapping("/statistics")
    @Operation(summary = "How many cases of each type are in each state",
            description = "The case dashboard's figure, over the cases the caller may see (as the list).")
    List<CaseStatistics.Count> statistics() {
        return statistics.byTypeAndStatus(access.scope());
    }

    @GetMapping
    @Operation(summary = "Cases the caller may see, filtered, sorted and paged", description = "Members of an "
            + "office see its cases, members of headquarters all; restricted cases only their team and "
            + "supervisors. 'overdue' keeps cases with a task or plan action past its due date.")
    CaseSummary.Page list(@RequestParam(required = false) String type, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) Long office, @RequestParam(required = false) Long worker,
            @RequestParam(required = false) String country, @RequestParam(required = false) RiskLevel risk,
            @RequestParam(defaultValue = "false") boolean overdue, @RequestParam(required = false) String text,
            @RequestParam(defaultValue = "RISK") CaseSearch.Sort sort, @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "25") int size) {
        Long typeId = type == null || type.isBlank() ? null
                : types.byCode(type.trim()).map(t -> t.id()).orElse(-1L);
        CaseSearch.Filter filter = new CaseSearch.Filter(typeId, status, office, worker, country, risk, overdue,
                text);
        int pageSize = Math.min(Math.max(1, size), MAX_PAGE_SIZE);
        int pageNumber = Math.max(1, page);
        CaseScope scope = access.scope();
        List<CaseSummary> items = search.find(scope, filter, sort, (pageNumber - 1) * pageSize, pageSize).stream()
                .map(documents::summary).toList();
        return new CaseSummary.Page(search.count(scope, filter), pageNumber, pageSize, items);
    }

    @PostMapping
    @Operation(summary = "Open a case", description = "Opens a case in intake for one of the caller's offices. "
            + "Written to the audit trail; publishes CaseOpened.")
    @ApiResponse(responseCode = "201", description = "The case as opened")
    @ApiResponse(responseCode = "400", description = "Invalid fields, listed in 'errors'",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not one of the caller's offices, or a read-only role",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A business rule refused the case (unknown type, …)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<CaseDocument> open(@Valid @RequestBody CaseRequest request, Locale locale) {
        Long office = request.owningOfficeId() != null ? request.owningOfficeId()
                : CaseAccess.currentUser().officeIds().stream().sorted().findFirst()
                        .orElseThrow(() -> new DomainException("case.office.required"));
        List<CasePerson> persons = request.persons() == null ? List.of() : request.persons().stream()
                .map(p -> new CasePerson(PersonId.of(p.personId()), p.role() == null ? PersonRole.PRINCIPAL
                        : p.role())).toList();
        ProtectionCase opened = casework.open(details(request, office, false), persons);
        return ResponseEntity.status(HttpStatus.CREATED).body(documents.of(opened, locale));
    }

    /** The request as case details; {@code restricted} left out keeps {@code keptRestriction}. */
    CaseDetails details(CaseRequest request, long office, boolean keptRestriction) {
        long typeId = types.byCode(request.typeCode().trim()).filter(t -> t.active() && !t.isSubtype())
                .orElseThrow(() -> new DomainException("case.type.invalid")).id();
        Long subtypeId = request.subtypeCode() == null || request.subtypeCode().isBlank() ? null
                : types.byCode(request.subtypeCode().trim())
                        .orElseThrow(() -> new DomainException("case.subtype.invalid")).id();
        return new CaseDetails(typeId, subtypeId, request.summary(), request.country(), request.city(),
                request.employer(), request.agency(), request.source(), request.vulnerabilities(),
                request.riskLevel(), office, request.assignedWorkerId(),
                request.restricted() == null ? keptRestriction : request.restricted());
    }
}
