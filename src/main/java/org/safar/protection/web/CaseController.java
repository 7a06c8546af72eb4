package org.safar.protection.web;

import java.time.LocalDate;

import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.protection.CaseStatus;
import org.safar.protection.cases.CaseAccess;
import org.safar.protection.cases.Casework;
import org.safar.protection.cases.ClosureReason;
import org.safar.protection.cases.NeedDomain;
import org.safar.protection.cases.PersonRole;
import org.safar.protection.cases.ServiceType;
import org.safar.protection.cases.ServicesDelivered;
import org.safar.protection.cases.Severity;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page and the small forms on it: workflow steps, assessment, plan, services, notes, tasks and people.
 * Each form posts, and the page comes back at the form's section with what was saved, or with the rule that
 * refused it; a refused change changes nothing.
 */
@Controller
@RequestMapping("/cases/{id}")
class CaseController {

    private final CaseAccess access;
    private final Casework casework;
    private final CasePage page;
    private final MessageSource messages;

    CaseController(CaseAccess access, Casework casework, CasePage page, MessageSource messages) {
        this.access = access;
        this.casework = casework;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long id, @RequestParam(required = false) String personQuery, Model model) {
        return page.show(access.read(id), personQuery, model);
    }

    @PostMapping("/move")
    String move(@PathVariable long id, @RequestParam(required = false) CaseStatus to,
            @RequestParam(required = false) ClosureReason closureReason, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(id, "workflow", redirect, () -> {
            if (to == null) {
                throw new DomainException("case.transition.targetRequired");
            }
            casework.move(id, to, closureReason, reason);
            return "case.moved";
        });
    }

    @PostMapping("/needs")
    String need(@PathVariable long id, @RequestParam(required = false) NeedDomain domain,
            @RequestParam(required = false) Severity severity, @RequestParam(required = false) String description,
            RedirectAttributes redirect) {
        return act(id, "assessment", redirect, () -> {
            casework.recordNeed(id, domain, severity, description);
            return "case.need.saved";
        });
    }

    @PostMapping("/goals")
    String goal(@PathVariable long id, @RequestParam(required = false) NeedDomain domain,
            @RequestParam(required = false) String description, RedirectAttributes redirect) {
        return act(id, "plan", redirect, () -> {
            casework.addGoal(id, domain, description);
            return "case.goal.saved";
        });
    }

    @PostMapping("/goals/{goalId}/actions")
    String action(@PathVariable long id, @PathVariable long goalId, @RequestParam(required = false) String description,
            @RequestParam(required = false) Long ownerId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            RedirectAttributes redirect) {
        return act(id, "plan", redirect, () -> {
            casework.addAction(id, goalId, description, ownerId, dueOn);
            return "case.action.saved";
        });
    }

    @PostMapping("/actions/{actionId}/done")
    String actionDone(@PathVariable long id, @PathVariable long actionId, RedirectAttributes redirect) {
        return act(id, "plan", redirect, () -> {
            casework.completeAction(id, actionId);
            return "case.action.completed";
        });
    }

    @PostMapping("/services")
    String service(@PathVariable long id, @RequestParam(required = false) ServiceType type,
            @RequestParam(required = false) String providerName,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deliveredOn,
            @RequestParam(defaultValue = "1") int quantity, @RequestParam(required = false) String cost,
            @RequestParam(required = false) String currency, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return act(id, "services", redirect, () -> {
            String iso = cost == null || cost.isBlank() || currency == null || currency.isBlank() ? null : currency;
            Long minor;
            try {
                minor = iso == null ? null : MoneyAmounts.toMinor(cost, iso);
            }
            catch (NumberFormatException | ArithmeticException e) {
                throw new DomainException("case.service.costInvalid");
            }
            if (iso == null && cost != null && !cost.isBlank()) {
                throw new DomainException("case.service.costInvalid");
            }
            casework.recordService(id, new ServicesDelivered.Delivery(0, type, blank(providerName), null,
                    deliveredOn, quantity, minor, iso, blank(note)));
            return "case.service.saved";
        });
    }

    @PostMapping("/notes")
    String note(@PathVariable long id, @RequestParam(required = false) String body,
            @RequestParam(defaultValue = "false") boolean confidential, RedirectAttributes redirect) {
        return act(id, "notes", redirect, () -> {
            casework.addNote(id, body, confidential);
            return "case.note.saved";
        });
    }

    @PostMapping("/tasks")
    String task(@PathVariable long id, @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) Long assigneeId, RedirectAttributes redirect) {
        return act(id, "tasks", redirect, () -> {
            casework.addTask(id, title, dueOn, assigneeId);
            return "case.task.saved";
        });
    }

    @PostMapping("/tasks/{taskId}/done")
    String taskDone(@PathVariable long id, @PathVariable long taskId, RedirectAttributes redirect) {
        return act(id, "tasks", redirect, () -> {
            casework.completeTask(id, taskId);
            return "case.task.completed";
        });
    }

    @PostMapping("/persons")
    String addPerson(@PathVariable long id, @RequestParam long personId,
            @RequestParam(defaultValue = "FAMILY_MEMBER") PersonRole role, RedirectAttributes redirect) {
        return act(id, "people", redirect, () -> {
            casework.addPerson(id, PersonId.of(personId), role);
            return "case.person.added";
        });
    }

    @PostMapping("/persons/{personId}/remove")
    String removePerson(@PathVariable long id, @PathVariable long personId, RedirectAttributes redirect) {
        return act(id, "people", redirect, () -> {
            casework.removePerson(id, PersonId.of(personId));
            return "case.person.removed";
        });
    }

    @PostMapping("/team")
    String addToTeam(@PathVariable long id, @RequestParam(required = false) Long userId,
            RedirectAttributes redirect) {
        return act(id, "details", redirect, () -> {
            if (userId == null) {
                throw new DomainException("case.worker.invalid");
            }
            casework.addToTeam(id, userId);
            return "case.team.added";
        });
    }

    /**
     * Takes a member off the team. Members who take themselves off a restricted case can no longer see it, so
     * they go back to the case list, with the message there.
     */
    @PostMapping("/team/{userId}/remove")
    String removeFromTeam(@PathVariable long id, @PathVariable long userId, RedirectAttributes redirect) {
        String next = act(id, "details", redirect, () -> {
            casework.removeFromTeam(id, userId);
            return "case.team.removed";
        });
        if (userId == CaseAccess.currentUser().id() && !access.stillVisible(id)) {
            return "redirect:/cases";
        }
        return next;
    }

    /** Does the work; a refusal other than "no such case" comes back as a message on the page. */
    private String act(long id, String anchor, RedirectAttributes redirect, Work work) {
        var locale = LocaleContextHolder.getLocale();
        try {
            redirect.addFlashAttribute("saved", messages.getMessage(work.run(), null, locale));
        }
        catch (DomainException refusal) {
            if (refusal.status() == 404) {
                throw refusal;
            }
            redirect.addFlashAttribute("refused", messages.getMessage(refusal.messageKey(), refusal.arguments(),
                    locale));
            redirect.addFlashAttribute("refusedSection", anchor);
        }
        return "redirect:/cases/" + id + "#" + anchor;
    }

    @FunctionalInterface
    private interface Work {
        String run();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
