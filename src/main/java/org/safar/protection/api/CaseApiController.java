package org.safar.protection.api;

import java.util.List;
import java.util.Locale;

import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.CaseNotes;
import org.safar.protection.cases.CaseTasks;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.ProtectionCase;
import org.safar.protection.cases.ServicesDelivered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.DeleteMapping;
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

/**
 * One case and what can be done to it. A case the caller may not see answers 404, exactly like a case that does
 * not exist; reading a restricted case is written to the audit trail. Every change answers with the whole case
 * as it now stands (or 201 for a new note or task), and a refused change changes nothing.
 */
@RestController
@RequestMapping("/api/v1/cases/{id}")
@Tag(name = "Cases")
@ApiResponse(responseCode = "404", description = "No such case, or not one the caller may see",
        content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
class CaseApiController {

    private final CaseAccess access;
    private final Casework casework;
    private final CaseDocuments documents;
    private final CaseNotes notes;
    private final CaseTasks tasks;
    private final CaseListApiController cases;

    CaseApiController(CaseAccess access, Casework casework, CaseDocuments documents, CaseNotes notes, CaseTasks tasks,
            CaseListApiController cases) {
        this.access = access;
        this.casework = casework;
        this.documents = documents;
        this.notes = notes;
        this.tasks = tasks;
        this.cases = cases;
    }

    @GetMapping
    @Operation(summary = "A case with its people, assessment, plan, services, tasks, notes and history")
    CaseDocument read(@PathVariable long id, Locale locale) {
        return documents.of(access.read(id), locale);
    }

    @PutMapping
    @Operation(summary = "Correct a case's details", description = "The owning office changes only by a transfer; "
            + "only a supervisor lifts a restriction; 'restricted' left out keeps the case's restriction.")
    @ApiResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The case is closed",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CaseDocument update(@PathVariable long id, @Valid @RequestBody CaseRequest request, Locale locale) {
        ProtectionCase current = access.write(id);
        return documents.of(casework.update(id, cases.details(request, current.owningOfficeId(),
                current.restricted())), locale);
    }

    @PostMapping("/transitions")
    @Operation(summary = "Move the case through the workflow", description = "Allowed: INTAKE → ASSESSMENT → PLAN → "
            + "IN_SERVICE → MONITORING, back from PLAN to ASSESSMENT, from IN_SERVICE to PLAN and from MONITORING to "
            + "IN_SERVICE, any open status → CLOSED, and CLOSED → ASSESSMENT (reopening).")
    @ApiResponse(responseCode = "403", description = "Plan approval and closure need a supervisor",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The workflow does not allow this move",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "What the step needs is missing (reason, assessment, plan)",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CaseDocument move(@PathVariable long id, @Valid @RequestBody CaseActions.Move move, Locale locale) {
        return documents.of(casework.move(id, move.to(), move.closureReason(), move.reason()), locale);
    }

    @PostMapping("/assessment")
    @Operation(summary = "Record a need of the assessment", description = "One need per domain; recording a domain "
            + "again replaces its severity and description.")
    CaseDocument assess(@PathVariable long id, @Valid @RequestBody CaseActions.NeedAssessed need, Locale locale) {
        casework.recordNeed(id, need.domain(), need.severity(), need.description());
        return read(id, locale);
    }

    @PostMapping("/plan/goals")
    @Operation(summary = "Add a goal to the plan")
    CaseDocument addGoal(@PathVariable long id, @Valid @RequestBody CaseActions.GoalAdded goal, Locale locale) {
        casework.addGoal(id, goal.domain(), goal.description());
        return read(id, locale);
    }

    @PostMapping("/plan/goals/{goalId}/actions")
    @Operation(summary = "Add an action to a goal, with its owner and due date")
    CaseDocument addAction(@PathVariable long id, @PathVariable long goalId,
            @Valid @RequestBody CaseActions.ActionAdded action, Locale locale) {
        casework.addAction(id, goalId, action.description(), action.ownerId(), action.dueOn());
        return read(id, locale);
    }

    @PostMapping("/plan/actions/{actionId}/done")
    @Operation(summary = "Mark a plan action as done")
    CaseDocument completeAction(@PathVariable long id, @PathVariable long actionId, Locale locale) {
        casework.completeAction(id, actionId);
        return read(id, locale);
    }

    @PostMapping("/services")
    @Operation(summary = "Record a service delivered")
    CaseDocument recordService(@PathVariable long id, @Valid @RequestBody CaseActions.ServiceRecorded service,
            Locale locale) {
        casework.recordService(id, new ServicesDelivered.Delivery(0, service.type(), service.providerName(),
                service.providerId(), service.deliveredOn(), service.quantity() == null ? 1 : service.quantity(),
                service.costMinor(), service.currency(), service.note()));
        return read(id, locale);
    }

    @PostMapping("/team")
    @Operation(summary = "Add a staff member to the case team", description = "A case officer of the owning office "
            + "(or of headquarters). The team, with the assigned worker and supervisors, is who may read a restricted "
            + "case and its confidential notes.")
    @ApiResponse(responseCode = "422", description = "Not a case officer of the owning office",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    CaseDocument addToTeam(@PathVariable long id, @Valid @RequestBody CaseActions.TeamMemberAdded member,
            Locale locale) {
        casework.addToTeam(id, member.userId());
        return read(id, locale);
    }

    @DeleteMapping("/team/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Take a member off the case team", description = "By those who may add one. A member "
            + "taken off a restricted case no longer reaches it. Removing someone not on the team changes nothing.")
    @ApiResponse(responseCode = "204", description = "Off the team")
    @ApiResponse(responseCode = "409", description = "The assigned worker stays on the team; change the worker "
            + "instead", content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    void removeFromTeam(@PathVariable long id, @PathVariable long userId) {
        casework.removeFromTeam(id, userId);
    }

    @GetMapping("/notes")
    @Operation(summary = "The notes the caller may read", description = "Confidential notes only for the assigned "
            + "team and supervisors.")
    List<CaseNotes.Note> notes(@PathVariable long id) {
        ProtectionCase c = access.read(id);
        return notes.of(id, access.seesConfidential(c));
    }

    @PostMapping("/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note, confidential or not")
    List<CaseNotes.Note> addNote(@PathVariable long id, @Valid @RequestBody CaseActions.NoteAdded note) {
        casework.addNote(id, note.body(), Boolean.TRUE.equals(note.confidential()));
        return notes(id);
    }

    @GetMapping("/tasks")
    @Operation(summary = "The case's tasks, open ones first")
    List<CaseTasks.Task> tasks(@PathVariable long id) {
        access.read(id);
        return tasks.of(id);
    }

    @PostMapping("/tasks")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a task with an assignee and a due date")
    List<CaseTasks.Task> addTask(@PathVariable long id, @Valid @RequestBody CaseActions.TaskAdded task) {
        casework.addTask(id, task.title(), task.dueOn(), task.assigneeId());
        return tasks(id);
    }

    @PostMapping("/tasks/{taskId}/done")
    @Operation(summary = "Mark a task as done")
    List<CaseTasks.Task> completeTask(@PathVariable long id, @PathVariable long taskId) {
        casework.completeTask(id, taskId);
        return tasks(id);
    }
}
