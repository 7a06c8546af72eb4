package org.safar.training.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.safar.training.CourseSummary;
import org.safar.training.TrainingRecords;
import org.safar.training.certificates.Certificate;
import org.safar.training.certificates.Certificates;
import org.safar.training.certificates.VerificationCode;
import org.safar.training.sessions.Attendance;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Results;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.safar.training.sessions.SessionStatus;
import org.safar.training.sessions.Sessions;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Training for API clients: courses, the sessions the caller may see, enrolments, attendance, results and
 * certificates. The same rules as the pages apply (a trainer sees and runs the sessions they teach).
 */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training")
class TrainingApiController {

    private final TrainingRecords records;
    private final Sessions sessions;
    private final SessionAccess access;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Results results;
    private final Certificates certificates;

    TrainingApiController(TrainingRecords records, Sessions sessions, SessionAccess access, Enrolments enrolments,
            Attendance attendance, Results results, Certificates certificates) {
        this.records = records;
        this.sessions = sessions;
        this.access = access;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.results = results;
        this.certificates = certificates;
    }

    /** A person to enrol. */
    record EnrolmentRequest(@NotNull(message = "{training.enrolment.person.required}") Long personId) {
    }

    /** One attendance mark. */
    record AttendanceMark(@NotNull(message = "{training.enrolment.person.required}") Long enrolmentId,
            @NotNull(message = "{training.session.startsOn.required}") LocalDate day,
            @NotNull(message = "{training.attendance.present}") Boolean present) {
    }

    /** The reason for revoking a certificate. */
    record Revocation(@NotBlank(message = "{training.certificate.reason.required}") String reason) {
    }

    /** A person's result in a session. */
    record ResultLine(long enrolmentId, long personId, String status, String result, BigDecimal score,
            BigDecimal attendance, String certificateCode) {

        static ResultLine of(Enrolment e) {
            return new ResultLine(e.id(), e.personId(), e.status().name(), e.result() == null ? null
                    : e.result().name(), e.score(), e.attendance(), e.certificateCode());
        }
    }

    /** A certificate as staff see it through the API. */
    record CertificateDetails(String code, boolean revoked, String revokedReason, long personId, String courseCode,
            String holderLatin, String holderCyrillic, int hours, LocalDate startsOn, LocalDate endsOn,
            LocalDate issuedOn) {

        static CertificateDetails of(Certificate c) {
            return new CertificateDetails(c.formattedCode(), c.revoked(), c.revokedReason(), c.personId(),
                    c.courseCode(), c.holderLatin(), c.holderCyrillic(), c.hours(), c.startsOn(), c.endsOn(),
                    c.issuedOn());
        }
    }

    @GetMapping("/courses")
    @Operation(summary = "Courses still offered", description = "Code, names in four languages, kind, destination.")
    List<CourseSummary> courses() {
        return records.courses();
    }

    @GetMapping("/sessions")
    @Operation(summary = "Sessions the caller may see, latest first",
            description = "A trainer sees the sessions they teach; others those of their offices' centres. "
                    + "'status' SCHEDULED or CANCELLED lists only those.")
    List<Session> sessions(@RequestParam(required = false) SessionStatus status) {
        return sessions.visibleTo(StaffUser.current().orElseThrow(), null, status, false, 500);
    }

    @GetMapping("/sessions/{id}")
    @Operation(summary = "A session with its head counts")
    Session session(@PathVariable long id) {
        return access.visible(id);
    }

    @GetMapping("/sessions/{id}/enrolments")
    @Operation(summary = "Everyone in the session: enrolled, waiting (in order) and withdrawn, with results",
            description = "In a cancelled session everyone not withdrawn reads CANCELLED.")
    List<ResultLine> enrolments(@PathVariable long id) {
        access.visible(id);
        return enrolments.of(id).stream().map(ResultLine::of).toList();
    }

    @PostMapping("/sessions/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enrol a person", description = "Beyond capacity the person goes on the waiting list "
            + "(status WAITING). 409 when already in the session.")
    ResultLine enrol(@PathVariable long id, @Valid @RequestBody EnrolmentRequest request) {
        access.manageable(id);
        return ResultLine.of(enrolments.enrol(id, PersonId.of(request.personId())));
    }

    @PostMapping("/sessions/{id}/enrolments/{enrolment}/withdraw")
    @Operation(summary = "Withdraw a person; the first on the waiting list takes a freed place")
    List<ResultLine> withdraw(@PathVariable long id, @PathVariable long enrolment) {
        access.manageable(id);
        enrolments.withdraw(id, enrolment);
        return enrolments.of(id).stream().map(ResultLine::of).toList();
    }

    @PutMapping("/sessions/{id}/attendance")
    @Operation(summary = "Mark a person present or absent on a class day (not a future day)")
    AttendanceMark mark(@PathVariable long id, @Valid @RequestBody AttendanceMark mark) {
        Session session = access.manageable(id);
        attendance.mark(session, mark.enrolmentId(), mark.day(), mark.present());
        return mark;
    }

    @GetMapping("/sessions/{id}/results")
    @Operation(summary = "Recorded results of the enrolled people")
    List<ResultLine> results(@PathVariable long id) {
        access.visible(id);
        return enrolments.enrolled(id).stream().map(ResultLine::of).toList();
    }

    @PostMapping("/sessions/{id}/results")
    @Operation(summary = "Record the results from scores and attendance, closing the session",
            description = "From the last class day on; 409 when already recorded.")
    List<ResultLine> recordResults(@PathVariable long id) {
        results.record(access.manageable(id));
        return enrolments.enrolled(id).stream().map(ResultLine::of).toList();
    }

    @PostMapping("/sessions/{id}/certificates")
    @Operation(summary = "Issue certificates to everyone who passed and has none yet")
    List<CertificateDetails> issue(@PathVariable long id) {
        certificates.issueFor(access.manageable(id));
        return certificates.ofSession(id).stream().map(CertificateDetails::of).toList();
    }

    @GetMapping("/certificates/{code}")
    @Operation(summary = "A certificate by its code (with or without dashes)")
    CertificateDetails certificate(@PathVariable String code) {
        return CertificateDetails.of(visible(code));
    }

    @PostMapping("/certificates/{code}/revoke")
    @Operation(summary = "Revoke a certificate with a reason; the public check says so from then on")
    CertificateDetails revoke(@PathVariable String code, @Valid @RequestBody Revocation revocation) {
        Certificate certificate = visible(code);
        access.manageable(certificate.sessionId());
        certificates.revoke(certificate.code(), revocation.reason());
        return CertificateDetails.of(certificates.byCode(certificate.code()).orElseThrow());
    }

    private Certificate visible(String code) {
        Certificate certificate = VerificationCode.normalise(code).flatMap(certificates::byCode)
                .orElseThrow(DomainException::notFound);
        access.visible(certificate.sessionId());
        return certificate;
    }
}
