package org.safar.training.web;

import java.util.List;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Regions;
import org.safar.training.CourseKind;
import org.safar.training.catalogue.Catalogue;
import org.safar.training.catalogue.CentreForm;
import org.safar.training.catalogue.Centres;
import org.safar.training.catalogue.Course;
import org.safar.training.catalogue.CourseForm;
import org.safar.training.catalogue.Courses;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;

/** The course catalogue and the centres with their rooms. */
@Controller
class CatalogueController {

    /** Empty module rows the course form offers beyond those typed, so that no script is needed to add one. */
    static final int EMPTY_MODULE_ROWS = 3;

    private final Courses courses;
    private final Centres centres;
    private final Catalogue catalogue;
    private final Regions regions;
    private final Offices offices;

    CatalogueController(Courses courses, Centres centres, Catalogue catalogue, Regions regions, Offices offices) {
        this.courses = courses;
        this.centres = centres;
        this.catalogue = catalogue;
        this.regions = regions;
        this.offices = offices;
    }

    @GetMapping("/training/courses")
    String courses(Model model) {
        model.addAttribute("courses", courses.all());
        return "training/courses";
    }

    @GetMapping("/training/courses/new")
    String newCourse(Model model) {
        return courseForm(new CourseForm(), null, model);
    }

    @PostMapping("/training/courses/new")
    String createCourse(@Valid @ModelAttribute("form") CourseForm form, BindingResult binding,
            @RequestParam(required = false) String moreRows, Model model, RedirectAttributes redirect) {
        if (moreRows != null) {
            return withMoreRows(form, null, model);
        }
        List<Course.Module> modules = catalogue.check(form, null, binding);
        if (binding.hasErrors()) {
            return courseForm(form, null, model);
        }
        catalogue.create(form, modules);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/courses";
    }

    @GetMapping("/training/courses/{id}/edit")
    String editCourse(@PathVariable long id, Model model) {
        return courseForm(CourseForm.of(courses.byId(id).orElseThrow(DomainException::notFound)), id, model);
    }

    @PostMapping("/training/courses/{id}/edit")
    String updateCourse(@PathVariable long id, @Valid @ModelAttribute("form") CourseForm form, BindingResult binding,
            @RequestParam(required = false) String moreRows, Model model, RedirectAttributes redirect) {
        if (moreRows != null) {
            return withMoreRows(form, id, model);
        }
        List<Course.Module> modules = catalogue.check(form, id, binding);
        if (binding.hasErrors()) {
            return courseForm(form, id, model);
        }
        catalogue.update(id, form, modules);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/courses";
    }

    /**
     * The "more module rows" button: the form again, as typed, with its empty rows replaced by new ones and nothing
     * saved or refused yet — a course of many modules needs no script and no half-saved course to get more rows.
     */
    private String withMoreRows(CourseForm form, Long id, Model model) {
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
        form.dropEmptyRows();
        model.addAttribute("focusRow", form.getModules().size());
        return courseForm(form, id, model);
    }

    private String courseForm(CourseForm form, Long id, Model model) {
        form.offerEmptyRows(EMPTY_MODULE_ROWS, EMPTY_MODULE_ROWS + 1);
        model.addAttribute("form", form);
        model.addAttribute("courseId", id);
        model.addAttribute("kinds", CourseKind.values());
        return "training/course-form";
    }

    @GetMapping("/training/centres")
    String centres(Model model) {
        model.addAttribute("centres", centres.all());
        model.addAttribute("regions", regions.all());
        return "training/centres";
    }

    @GetMapping("/training/centres/new")
    String newCentre(Model model) {
        return centreForm(new CentreForm(), null, model);
    }

    @PostMapping("/training/centres/new")
    String createCentre(@Valid @ModelAttribute("form") CentreForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        catalogue.check(form, null, binding);
        if (binding.hasErrors()) {
            return centreForm(form, null, model);
        }
        catalogue.create(form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/centres";
    }

    @GetMapping("/training/centres/{id}/edit")
    String editCentre(@PathVariable long id, Model model) {
        return centreForm(CentreForm.of(centres.byId(id).orElseThrow(DomainException::notFound)), id, model);
    }

    @PostMapping("/training/centres/{id}/edit")
    String updateCentre(@PathVariable long id, @Valid @ModelAttribute("form") CentreForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        catalogue.check(form, id, binding);
        if (binding.hasErrors()) {
            return centreForm(form, id, model);
        }
        catalogue.update(id, form);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/centres";
    }

    @PostMapping("/training/centres/{id}/rooms")
    String addRoom(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) Integer seats, RedirectAttributes redirect) {
        catalogue.addRoom(id, name, seats == null ? 0 : seats);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/training/centres";
    }

    private String centreForm(CentreForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("centreId", id);
        model.addAttribute("regions", regions.all());
        model.addAttribute("offices", offices.all());
        return "training/centre-form";
    }
}
