package org.safar.training.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.safar.people.People;
import org.safar.people.PersonId;
import org.safar.platform.DomainException;
import org.safar.platform.security.StaffUser;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.Courses;
import org.safar.training.sessions.CancelForm;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Scheduling;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.safar.training.sessions.SessionForm;
import org.safar.training.sessions.SessionStatus;
import org.safar.training.sessions.Sessions;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

/** The sessions a user may see, scheduling one, cancelling it, and enrolling people in it. */
@Controller
class SessionController {

    static final int LIST_LIMIT = 200;
    static final int SEARCH_LIMIT = 10;

    private final Sessions sessions;
    private final SessionAccess access;
    private final Scheduling scheduling;
    private final Enrolments enrolments;
    private final Courses courses;
    private final Centres centres;
    private final People people;
    private final TrainingDisplay display;
    private final SessionPage page;

    SessionController(Sessions sessions, SessionAccess access, Scheduling scheduling, Enrolments enrolments,
            Courses courses, Centres centres, People people, TrainingDisplay display, SessionPage page) {
        this.sessions = sessions;
        this.access = access;
        this.scheduling = scheduling;
        this.enrolments = enrolments;
        this.courses = courses;
        this.centres = centres;
        this.people = people;
        this.display = display;
        this.page = page;
    }

    /**
     * Current and upcoming sessions (not cancelled), soonest first; with {@code all}, every session, latest first;
     * with a {@code status}, only the sessions in it (the cancelled ones, say).
     */
    @GetMapping("/training")
    String list(@RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) SessionStatus status, Model model) {
        StaffUser user = StaffUser.current().orElseThrow();
        boolean current = !all && status == null;
        model.addAttribute("all", all);
        model.addAttribute("status", status);
        model.addAttribute("rows", display.rows(sessions.visibleTo(user, null,
                current ? SessionStatus.SCHEDULED : status, current, LIST_LIMIT)));
        return "training/home";
    }

    @GetMapping("/training/sessions/new")
    String newSession(Model model) {
        return form(new SessionForm(), null, model);
    }

    @PostMapping("/training/sessions/new")
    String schedule(@Valid @ModelAttribute("form") SessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        scheduling.check(form, binding);
        if (binding.hasErrors()) {
            return form(form, null, model);
        }
        long id = scheduling.schedule(form);
        redirect.addFlashAttribute("scheduled", true);
        return "redirect:/training/sessions/" + id;
    }

    @GetMapping("/training/sessions/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        Session session = access.manageable(id);
        return form(SessionForm.of(session, sessions.trainerIds(id)), id, model);
    }

    @PostMapping("/training/sessions/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") SessionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        Session session = access.manageable(id);
        scheduling.check(form, binding);
        if (form.getCapacity() != null && form.getCapacity() < session.enrolled()) {
            binding.rejectValue("capacity", "training.session.capacity.belowEnrolled",
                    new Object[] { session.enrolled() }, null);
        }
        if (binding.hasErrors()) {
            return form(form, id, model);
        }
        scheduling.update(id, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/sessions/" + id;
    }

    private String form(SessionForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("weekdays", weekdays(LocaleContextHolder.getLocale()));
        model.addAttribute("sessionId", id);
        model.addAttribute("courses", courses.all().stream().filter(Course::active).toList());
        model.addAttribute("centres", centres.all().stream()
                .filter(c -> SessionAccess.mayScheduleAt(c.officeId()) || c.id().equals(form.getCentreId())).toList());
        model.addAttribute("trainers", display.trainers());
        return "training/session-form";
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable long id, @RequestParam(required = false) String q, Locale locale, Model model) {
        Session session = access.visible(id);
        if (q != null && !q.isBlank()) {
            model.addAttribute("q", q);
            model.addAttribute("hits", people.search(q.strip(), SEARCH_LIMIT).stream()
                    .map(p -> display.shown(p, locale)).toList());
        }
        return page.show(session, locale, model);
    }

    /**
     * Cancels the session. A missing reason comes back beside the field; a refusal of the cancellation itself
     * (finished, already cancelled, another office) is the translated error page, as for any page.
     */
    @PostMapping("/training/sessions/{id}/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult binding,
            Locale locale, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Session session = access.visible(id);
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("cancelFormOpen", true);
            return page.show(session, locale, model);
        }
        scheduling.cancel(id, form.getReason());
        redirect.addFlashAttribute("cancelled", true);
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/sessions/{id}/enrolments")
    String enrol(@PathVariable long id, @RequestParam(required = false) Long personId, RedirectAttributes redirect) {
        access.manageable(id);
        if (personId == null) {
            throw new DomainException(400, "training.enrolment.person.required");
        }
        var enrolment = enrolments.enrol(id, PersonId.of(personId));
        redirect.addFlashAttribute(enrolment.status().name().equals("WAITING") ? "waitlisted" : "enrolled", true);
        return "redirect:/training/sessions/" + id + "#enrolments";
    }

    @PostMapping("/training/sessions/{id}/enrolments/{enrolment}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long enrolment, RedirectAttributes redirect) {
        access.manageable(id);
        enrolments.withdraw(id, enrolment);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/training/sessions/" + id + "#enrolments";
    }

    /** A day of the week to tick in the form, named in the reader's language. */
    record Weekday(int value, String name) {
    }

    static List<Weekday> weekdays(Locale locale) {
        return Arrays.stream(DayOfWeek.values())
                .map(d -> new Weekday(d.getValue(), d.getDisplayName(TextStyle.SHORT, locale))).toList();
    }
}
