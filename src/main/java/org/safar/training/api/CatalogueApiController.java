package org.safar.training.api;

import java.util.List;

import org.safar.platform.DomainException;
import org.safar.platform.InvalidFields;
import org.safar.training.catalogue.Catalogue;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.CourseForm;
import org.safar.training.catalogue.Courses;
import org.safar.training.sessions.CancelForm;
import org.safar.training.sessions.Scheduling;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.safar.training.sessions.SessionForm;
import org.safar.training.sessions.Sessions;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

/** Courses with their modules, and scheduling and cancelling sessions, for API clients; the same checks as the forms. */
@RestController
@RequestMapping("/api/v1/training")
@Tag(name = "Training")
class CatalogueApiController {

    private final Catalogue catalogue;
    private final Courses courses;
    private final Scheduling scheduling;
    private final Sessions sessions;
    private final SessionAccess access;
    private final Validator validator;

    CatalogueApiController(Catalogue catalogue, Courses courses, Scheduling scheduling, Sessions sessions,
            SessionAccess access, @Qualifier("defaultValidator") Validator validator) {
        this.validator = validator;
        this.access = access;
        this.catalogue = catalogue;
        this.courses = courses;
        this.scheduling = scheduling;
        this.sessions = sessions;
    }

    /** Every invalid field at once: Bean Validation and the checks that need the database. */
    private Errors validated(Object form) {
        Errors errors = new BeanPropertyBindingResult(form, "form");
        validator.validate(form, errors);
        return errors;
    }

    @GetMapping("/courses/{code}")
    @Operation(summary = "A course with its modules", description = "Names in four languages (a module may lack "
            + "some; readers are shown another), hours, pass mark and minimum attendance.")
    Course course(@PathVariable String code) {
        return courses.byCode(code.toUpperCase()).orElseThrow(DomainException::notFound);
    }

    @PostMapping("/courses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a course", description = "Modules as a list of {nameUz, nameUzCyrl, nameRu, "
            + "nameEn, hours}: at least one name each, hours 1 to 1000. Invalid fields are listed in 'errors' as "
            + "{field, message}, e.g. 'modules[1].hours'.")
    Course create(@RequestBody CourseForm form) {
        Errors errors = validated(form);
        List<Course.Module> modules = catalogue.check(form, null, errors);
        if (errors.hasErrors()) {
            throw new InvalidFields(errors);
        }
        return courses.byId(catalogue.create(form, modules)).orElseThrow();
    }

    @PutMapping("/courses/{code}")
    @Operation(summary = "Replace a course's names, descriptions, modules and rules to pass")
    Course update(@PathVariable String code, @RequestBody CourseForm form) {
        long id = courses.byCode(code.toUpperCase()).orElseThrow(DomainException::notFound).id();
        Errors errors = validated(form);
        List<Course.Module> modules = catalogue.check(form, id, errors);
        if (errors.hasErrors()) {
            throw new InvalidFields(errors);
        }
        catalogue.update(id, form, modules);
        return courses.byId(id).orElseThrow();
    }

    @PostMapping("/sessions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a session", description = "Supervisors, at centres of their offices. Class days "
            + "are ISO days of the week (1 = Monday).")
    Session schedule(@RequestBody SessionForm form) {
        Errors errors = validated(form);
        scheduling.check(form, errors);
        if (errors.hasErrors()) {
            throw new InvalidFields(errors);
        }
        return sessions.byId(scheduling.schedule(form)).orElseThrow();
    }

    @PostMapping("/sessions/{id}/cancel")
    @Operation(summary = "Cancel a session that has not finished, with a reason", description = "Supervisors of "
            + "the centre's office. The people in it stay listed, as CANCELLED; nobody moves up from the waiting "
            + "list and no attendance, score, result or certificate can be recorded any more.")
    @ApiResponse(responseCode = "200", description = "The session, status CANCELLED, with the reason")
    @ApiResponse(responseCode = "400", description = "The reason is missing or too long (field 'reason')",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "403", description = "Not a supervisor of the session's office",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such session among those the caller sees",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "Already cancelled, or already finished",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    Session cancel(@PathVariable long id, @Valid @RequestBody CancelForm form) {
        access.visible(id);
        return scheduling.cancel(id, form.getReason());
    }
}
