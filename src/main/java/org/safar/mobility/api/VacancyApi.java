package org.safar.mobility.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.safar.mobility.applications.ApplicantForm;
import org.safar.mobility.applications.Applicants;
import org.safar.mobility.applications.ApplicationStatus;
import org.safar.mobility.applications.Applications;
import org.safar.mobility.applications.VacancyApplication;
import org.safar.mobility.licensing.Agencies;
import org.safar.mobility.licensing.Agency;
import org.safar.mobility.licensing.AgencyUsers;
import org.safar.mobility.vacancies.Vacancies;
import org.safar.mobility.vacancies.Vacancy;
import org.safar.mobility.vacancies.VacancyDesk;
import org.safar.mobility.vacancies.VacancyForm;
import org.safar.mobility.vacancies.VacancyStatus;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.InvalidFields;
import org.safar.platform.ratelimit.RateLimited;
import org.safar.platform.security.StaffUser;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Vacancies and their applications. An agency's token sees and changes only that agency's vacancies; staff see
 * every agency's; licensing officers verify and reject.
 */
@RestController
@Tag(name = "Vacancies and applications")
class VacancyApi {

    private final Vacancies vacancies;
    private final VacancyDesk desk;
    private final AgencyUsers agencyUsers;
    private final Applications applications;
    private final Applicants applicants;
    private final Agencies agencies;

    VacancyApi(Vacancies vacancies, VacancyDesk desk, AgencyUsers agencyUsers, Applications applications,
            Applicants applicants, Agencies agencies) {
        this.vacancies = vacancies;
        this.desk = desk;
        this.agencyUsers = agencyUsers;
        this.applications = applications;
        this.applicants = applicants;
        this.agencies = agencies;
    }

    /** A vacancy with its terms; the wage in major units. */
    record VacancyDetails(long id, String reference, long agencyId, String agencyName, long employerId,
            String employerName, String title, String occupationCode, String country, String city, int posts,
            BigDecimal wage, String currency, String wagePeriod, int hoursPerWeek, String accommodation,
            String travel, int contractMonths, String languageRequirement, String skillRequirement,
            String requiredCourseCode, LocalDate closingOn, VacancyStatus status, String statusReason) {

        static VacancyDetails of(Vacancy v) {
            return new VacancyDetails(v.id(), v.reference(), v.agencyId(), v.agencyName(), v.employerId(),
                    v.employerName(), v.title(), v.occupationCode(), v.country(), v.city(), v.posts(), v.wage(),
                    v.currency(), v.wagePeriod(), v.hoursPerWeek(), v.accommodation(), v.travel(),
                    v.contractMonths(), v.languageRequirement(), v.skillRequirement(), v.requiredCourseCode(),
                    v.closingOn(), v.status(), v.statusReason());
        }
    }

    /** Why a vacancy is rejected or closed, or an application withdrawn or rejected. */
    record Reason(String reason) {
    }

    /** The person who applies, by registry id. */
    record NewApplication(Long personId) {
    }

    /** What an agency learns when its applicant is added: the application, nothing of the registry. */
    record AddedApplicant(long applicationId, String reference, ApplicationStatus status) {
    }

    /** The next status of an application, with the dates departure and return need. */
    record ApplicationMove(ApplicationStatus status, String reason, LocalDate date, LocalDate contractEndsOn) {
    }

    @GetMapping("/api/v1/vacancies")
    @Operation(summary = "Vacancies, newest first", description = "An agency's token sees its own only.")
    List<VacancyDetails> list(@RequestParam(required = false) VacancyStatus status) {
        return vacancies.list(scope().orElse(null), status, 500).stream().map(VacancyDetails::of).toList();
    }

    @GetMapping("/api/v1/vacancies/{id}")
    @Operation(summary = "A vacancy")
    VacancyDetails vacancy(@PathVariable long id) {
        return VacancyDetails.of(desk.require(id, scope()));
    }

    @PostMapping("/api/v1/vacancies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Draft a vacancy", description = "Agency users only; for their own agency.")
    VacancyDetails draft(@Valid @RequestBody VacancyForm form) {
        long agency = scope().orElseThrow(() -> new DomainException(403, "agency.user.notLinked"));
        return VacancyDetails.of(desk.require(desk.draft(agency, form), scope()));
    }

    @PostMapping("/api/v1/vacancies/{id}/submit")
    @Operation(summary = "Submit a draft or corrected vacancy for verification")
    VacancyDetails submit(@PathVariable long id) {
        desk.submit(id, scope());
        return VacancyDetails.of(desk.require(id, scope()));
    }

    @PostMapping("/api/v1/vacancies/{id}/verify")
    @Operation(summary = "Verify a submitted vacancy", description = "Published at once when the licence allows.")
    VacancyDetails verify(@PathVariable long id) {
        desk.verify(id);
        return VacancyDetails.of(desk.require(id, Optional.empty()));
    }

    @PostMapping("/api/v1/vacancies/{id}/reject")
    @Operation(summary = "Reject a submitted vacancy, with the reason the agency will see")
    VacancyDetails reject(@PathVariable long id, @RequestBody Reason reason) {
        desk.reject(id, reason.reason());
        return VacancyDetails.of(desk.require(id, Optional.empty()));
    }

    @PostMapping("/api/v1/vacancies/{id}/close")
    @Operation(summary = "Close a vacancy")
    VacancyDetails close(@PathVariable long id, @RequestBody(required = false) Reason reason) {
        desk.close(id, scope(), reason == null ? null : reason.reason());
        return VacancyDetails.of(desk.require(id, scope()));
    }

    @GetMapping("/api/v1/vacancies/{id}/applications")
    @Operation(summary = "Applications to a vacancy")
    List<VacancyApplication> applicationsOf(@PathVariable long id) {
        desk.require(id, scope());
        return applications.ofVacancy(id);
    }

    @PostMapping("/api/v1/vacancies/{id}/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter a registered person's application to a published vacancy",
            description = "Staff only, by registry id; agencies add applicants by passport.")
    VacancyApplication apply(@PathVariable long id, @RequestBody NewApplication application) {
        Vacancy vacancy = desk.require(id, scope());
        if (application.personId() == null) {
            throw new DomainException(400, "application.person.required");
        }
        return applications.byId(applications.apply(vacancy, PersonId.of(application.personId()))).orElseThrow();
    }

    @PostMapping("/api/v1/vacancies/{id}/applicants")
    @ResponseStatus(HttpStatus.CREATED)
    @RateLimited(value = "applicant-entry", per = RateLimited.Per.USER)
    @Operation(summary = "Add an applicant from their passport to the agency's published vacancy",
            description = "Agency users only. The passport's holder in the registry is the applicant when the names "
                    + "and the birth date agree; otherwise 422 without saying more. A passport nobody holds "
                    + "registers the person. Limited per user (applicant-entry): 429 with Retry-After beyond it.")
    AddedApplicant addApplicant(@PathVariable long id, @Valid @RequestBody ApplicantForm applicant) {
        Agency agency = scope().flatMap(agencies::byId)
                .orElseThrow(() -> new DomainException(403, "agency.user.notLinked"));
        Vacancy vacancy = desk.require(id, Optional.of(agency.id()));
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(applicant, "applicant");
        applicant.check(errors);
        if (errors.hasErrors()) {
            throw new InvalidFields(errors);
        }
        VacancyApplication added = applicants.add(vacancy, agency, applicant);
        return new AddedApplicant(added.id(), added.reference(), added.status());
    }

    @GetMapping("/api/v1/applications/{id}")
    @Operation(summary = "An application")
    VacancyApplication application(@PathVariable long id) {
        return visible(id);
    }

    @PostMapping("/api/v1/applications/{id}/status")
    @Operation(summary = "Move an application on", description = "DEPARTED needs date and contractEndsOn; "
            + "RETURNED needs date; WITHDRAWN and REJECTED need a reason.")
    VacancyApplication move(@PathVariable long id, @RequestBody ApplicationMove move) {
        visible(id);
        applications.move(id, move.status(), move.reason(), move.date(), move.contractEndsOn());
        return applications.byId(id).orElseThrow();
    }

    private VacancyApplication visible(long id) {
        VacancyApplication application = applications.byId(id).orElseThrow(DomainException::notFound);
        Optional<Long> scope = scope();
        if (scope.isPresent() && scope.get() != application.agencyId()) {
            throw DomainException.notFound();
        }
        return application;
    }

    private Optional<Long> scope() {
        return agencyUsers.scopeOf(StaffUser.current().orElseThrow());
    }
}
