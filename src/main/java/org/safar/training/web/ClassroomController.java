package org.safar.training.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.safar.platform.DomainException;
import org.safar.training.certificates.Certificates;
import org.safar.training.sessions.Assessment;
import org.safar.training.sessions.Assessments;
import org.safar.training.sessions.Attendance;
import org.safar.training.sessions.Enrolment;
import org.safar.training.sessions.Enrolments;
import org.safar.training.sessions.Results;
import org.safar.training.sessions.Session;
import org.safar.training.sessions.SessionAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Running a session in class: attendance one tap a person (htmx swaps just the tapped button; without
 * JavaScript the form posts and the page comes back), assessments and their scores, results and certificates.
 */
@Controller
class ClassroomController {

    private final SessionAccess access;
    private final Enrolments enrolments;
    private final Attendance attendance;
    private final Assessments assessments;
    private final Results results;
    private final Certificates certificates;
    private final TrainingDisplay display;
    private final Clock clock;

    ClassroomController(SessionAccess access, Enrolments enrolments, Attendance attendance, Assessments assessments,
            Results results, Certificates certificates, TrainingDisplay display, Clock clock) {
        this.access = access;
        this.enrolments = enrolments;
        this.attendance = attendance;
        this.assessments = assessments;
        this.results = results;
        this.certificates = certificates;
        this.display = display;
        this.clock = clock;
    }

    /** One person's button on the attendance page. */
    record Mark(long enrolmentId, String name, String reference, Boolean present) {
    }

    @GetMapping("/training/sessions/{id}/attendance")
    String attendance(@PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            Locale locale, Model model) {
        Session session = access.manageable(id);
        LocalDate shown = day != null ? day : nearestClassDay(session);
        if (!session.isClassDay(shown)) {
            throw new DomainException(400, "training.attendance.notClassDay");
        }
        Map<Long, Boolean> marks = attendance.marksOn(id, shown);
        List<Mark> people = enrolments.enrolled(id).stream().map(e -> {
            TrainingDisplay.ShownPerson p = display.person(e.personId(), locale);
            return new Mark(e.id(), p.name(), p.reference(), marks.get(e.id()));
        }).toList();
        List<LocalDate> dates = session.classDates();
        int index = dates.indexOf(shown);
        model.addAttribute("s", session);
        model.addAttribute("day", shown);
        model.addAttribute("marks", people);
        model.addAttribute("present", people.stream().filter(m -> Boolean.TRUE.equals(m.present())).count());
        model.addAttribute("previous", index > 0 ? dates.get(index - 1) : null);
        model.addAttribute("next", index < dates.size() - 1 && !dates.get(index + 1).isAfter(LocalDate.now(clock))
                ? dates.get(index + 1) : null);
        model.addAttribute("future", shown.isAfter(LocalDate.now(clock)));
        return "training/attendance";
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String mark(@PathVariable long id, @RequestParam long enrolment,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @RequestParam boolean present,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        Session session = access.manageable(id);
        boolean stored = attendance.mark(session, enrolment, day, present);
        if (htmx == null) {
            return "redirect:/training/sessions/" + id + "/attendance?day=" + day + "#p" + enrolment;
        }
        Enrolment e = enrolments.byId(enrolment).orElseThrow();
        TrainingDisplay.ShownPerson p = display.person(e.personId(), locale);
        model.addAttribute("s", session);
        model.addAttribute("day", day);
        model.addAttribute("m", new Mark(enrolment, p.name(), p.reference(), stored));
        return "training/attendance :: mark";
    }

    @PostMapping("/training/sessions/{id}/attendance/all")
    String markAll(@PathVariable long id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        attendance.markAllPresent(access.manageable(id), day);
        return "redirect:/training/sessions/" + id + "/attendance?day=" + day;
    }

    private LocalDate nearestClassDay(Session session) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> past = session.classDates().stream().filter(d -> !d.isAfter(today)).toList();
        return past.isEmpty() ? session.classDates().get(0) : past.get(past.size() - 1);
    }

    @PostMapping("/training/sessions/{id}/assessments")
    String addAssessment(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String maxScore,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn) {
        Session session = access.manageable(id);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new DomainException(400, "training.assessment.name.required");
        }
        int max;
        try {
            max = Integer.parseInt(maxScore == null ? "" : maxScore.strip());
        }
        catch (NumberFormatException e) {
            throw new DomainException(400, "training.assessment.max.invalid");
        }
        if (max < 1 || max > 1000) {
            throw new DomainException(400, "training.assessment.max.invalid");
        }
        long assessment = assessments.add(session, name, max, heldOn);
        return "redirect:/training/sessions/" + id + "/assessments/" + assessment;
    }

    @GetMapping("/training/sessions/{id}/assessments/{assessment}")
    String scores(@PathVariable long id, @PathVariable long assessment, Locale locale, Model model) {
        Session session = access.manageable(id);
        Map<Long, String> typed = new HashMap<>();
        assessments.scores(id).getOrDefault(assessment, Map.of())
                .forEach((enrolment, score) -> typed.put(enrolment, score.stripTrailingZeros().toPlainString()));
        return scoresPage(session, assessment, typed, Map.of(), locale, model);
    }

    @PostMapping("/training/sessions/{id}/assessments/{assessment}")
    String saveScores(@PathVariable long id, @PathVariable long assessment, @RequestParam Map<String, String> form,
            Locale locale, Model model, RedirectAttributes redirect) {
        Session session = access.manageable(id);
        Assessment test = find(session, assessment);
        Map<Long, String> typed = new HashMap<>();
        Map<Long, String> errors = new HashMap<>();
        Map<Long, BigDecimal> scores = new LinkedHashMap<>();
        for (Enrolment e : enrolments.enrolled(id)) {
            String value = form.getOrDefault("score-" + e.id(), "").strip().replace(',', '.');
            typed.put(e.id(), value);
            if (value.isEmpty()) {
                scores.put(e.id(), null);
                continue;
            }
            try {
                BigDecimal score = new BigDecimal(value);
                if (score.signum() < 0 || score.compareTo(BigDecimal.valueOf(test.maxScore())) > 0) {
                    errors.put(e.id(), "training.score.range");
                }
                scores.put(e.id(), score);
            }
            catch (NumberFormatException notANumber) {
                errors.put(e.id(), "training.score.invalid");
            }
        }
        if (!errors.isEmpty()) {
            return scoresPage(session, assessment, typed, errors, locale, model);
        }
        assessments.record(session, assessment, scores);
        redirect.addFlashAttribute("scoresSaved", true);
        return "redirect:/training/sessions/" + id + "#assessments";
    }

    /** A person's row on the scores page, with what was typed and the error, if any. */
    record ScoreRow(long enrolmentId, String name, String reference, String typed, String error) {
    }

    private String scoresPage(Session session, long assessment, Map<Long, String> typed, Map<Long, String> errors,
            Locale locale, Model model) {
        Assessment test = find(session, assessment);
        model.addAttribute("s", session);
        model.addAttribute("assessment", test);
        model.addAttribute("rows", enrolments.enrolled(session.id()).stream().map(e -> {
            TrainingDisplay.ShownPerson p = display.person(e.personId(), locale);
            return new ScoreRow(e.id(), p.name(), p.reference(), typed.getOrDefault(e.id(), ""), errors.get(e.id()));
        }).toList());
        model.addAttribute("hasErrors", !errors.isEmpty());
        return "training/scores";
    }

    private Assessment find(Session session, long assessment) {
        return assessments.of(session.id()).stream().filter(a -> a.id() == assessment).findFirst()
                .orElseThrow(DomainException::notFound);
    }

    @PostMapping("/training/sessions/{id}/results")
    String recordResults(@PathVariable long id, RedirectAttributes redirect) {
        results.record(access.manageable(id));
        redirect.addFlashAttribute("resultsRecorded", true);
        return "redirect:/training/sessions/" + id + "#results";
    }

    @PostMapping("/training/sessions/{id}/certificates")
    String issue(@PathVariable long id, RedirectAttributes redirect) {
        int issued = certificates.issueFor(access.manageable(id));
        redirect.addFlashAttribute("issued", issued);
        return "redirect:/training/sessions/" + id + "#certificates";
    }
}
