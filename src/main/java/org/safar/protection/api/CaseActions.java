package org.safar.protection.api;

import java.time.LocalDate;

import org.safar.protection.CaseStatus;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.NeedDomain;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.cases.Severity;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The request bodies of what can be done to a case through the API. */
final class CaseActions {

    private CaseActions() {
    }

    @Schema(description = "A step in the workflow. Closing needs closureReason; reopening (to ASSESSMENT from CLOSED) "
            + "needs reason. Approving the plan (PLAN → IN_SERVICE) and closing need the SUPERVISOR role.")
    record Move(@NotNull(message = "{case.transition.targetRequired}") CaseStatus to, ClosureReason closureReason,
            @Size(max = 2000, message = "{case.text.tooLong}") String reason) {
    }

    record NeedAssessed(@NotNull(message = "{case.need.required}") NeedDomain domain,
            @NotNull(message = "{case.need.required}") Severity severity,
            @Size(max = 2000, message = "{case.text.tooLong}") String description) {
    }

    record GoalAdded(NeedDomain domain,
            @NotBlank(message = "{case.goal.descriptionRequired}") @Size(max = 2000, message = "{case.text.tooLong}")
            String description) {
    }

    record ActionAdded(
            @NotBlank(message = "{case.action.descriptionRequired}") @Size(max = 2000, message = "{case.text.tooLong}")
            String description,
            @NotNull(message = "{case.owner.required}") Long ownerId,
            @NotNull(message = "{case.dueDate.required}") LocalDate dueOn) {
    }

    @Schema(description = "A service delivered. The cost is in minor units of the ISO 4217 currency "
            + "(e.g. 150000 with USD is 1,500.00 USD); give both or neither.")
    record ServiceRecorded(@NotNull(message = "{case.service.typeRequired}") ServiceType type,
            @Size(max = 300, message = "{case.text.tooLong}") String providerName, Long providerId,
            @NotNull(message = "{case.service.dateRequired}") LocalDate deliveredOn,
            @Min(value = 1, message = "{case.service.quantityInvalid}") Integer quantity,
            @PositiveOrZero(message = "{case.service.costInvalid}") Long costMinor,
            @Pattern(regexp = "^[A-Z]{3}$", message = "{case.service.costInvalid}") String currency,
            @Size(max = 2000, message = "{case.text.tooLong}") String note) {
    }

    record TeamMemberAdded(@NotNull(message = "{case.worker.invalid}") Long userId) {
    }

    record NoteAdded(@NotBlank(message = "{case.note.bodyRequired}") @Size(max = 4000, message = "{case.text.tooLong}")
            String body, Boolean confidential) {
    }

    record TaskAdded(
            @NotBlank(message = "{case.task.titleRequired}") @Size(max = 500, message = "{case.text.tooLong}")
            String title,
            @NotNull(message = "{case.dueDate.required}") LocalDate dueOn,
            @NotNull(message = "{case.owner.required}") Long assigneeId) {
    }
}
