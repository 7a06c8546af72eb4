package org.safar.training.catalogue;

import java.util.List;

import org.safar.platform.DomainException;
import org.safar.platform.accounts.Offices;
import org.safar.platform.accounts.Regions;
import org.safar.training.TrainingRecordChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;

/** Keeping the course catalogue and the centres: every change checked, saved whole and audited. */
@Service
public class Catalogue {

    private final Courses courses;
    private final Centres centres;
    private final Regions regions;
    private final Offices offices;
    private final ApplicationEventPublisher events;

    Catalogue(Courses courses, Centres centres, Regions regions, Offices offices, ApplicationEventPublisher events) {
        this.courses = courses;
        this.centres = centres;
        this.regions = regions;
        this.offices = offices;
        this.events = events;
    }

    /** Checks what Bean Validation cannot (modules, unique code); the errors name the fields. */
    public List<Course.Module> check(CourseForm form, Long id, Errors errors) {
        List<Course.Module> modules = form.parsedModules(errors);
        if (form.getCode() != null && !errors.hasFieldErrors("code") && courses.codeTaken(form.getCode().strip()
                .toUpperCase(), id)) {
            errors.rejectValue("code", "training.course.code.taken");
        }
        return modules;
    }

    @Transactional
    public long create(CourseForm form, List<Course.Module> modules) {
        Course course = form.toCourse(null, modules);
        long id = courses.insert(course);
        events.publishEvent(new TrainingRecordChanged("COURSE_CREATED", "Course", course.code(), course.nameEn()));
        return id;
    }

    @Transactional
    public void update(long id, CourseForm form, List<Course.Module> modules) {
        courses.byId(id).orElseThrow(DomainException::notFound);
        Course course = form.toCourse(id, modules);
        courses.update(course);
        events.publishEvent(new TrainingRecordChanged("COURSE_UPDATED", "Course", course.code(), course.nameEn()));
    }

    public void check(CentreForm form, Long id, Errors errors) {
        if (form.getCode() != null && !errors.hasFieldErrors("code")
                && centres.codeTaken(form.getCode().strip().toUpperCase(), id)) {
            errors.rejectValue("code", "training.centre.code.taken");
        }
        if (form.getRegionCode() != null && !errors.hasFieldErrors("regionCode")
                && !regions.exists(form.getRegionCode())) {
            errors.rejectValue("regionCode", "training.region.required");
        }
        if (form.getOfficeId() != null && offices.byId(form.getOfficeId()).isEmpty()) {
            errors.rejectValue("officeId", "training.office.required");
        }
    }

    @Transactional
    public long create(CentreForm form) {
        Centre centre = form.toCentre(null);
        long id = centres.insert(centre);
        events.publishEvent(new TrainingRecordChanged("CENTRE_CREATED", "TrainingCentre", centre.code(),
                centre.nameEn()));
        return id;
    }

    @Transactional
    public void update(long id, CentreForm form) {
        centres.byId(id).orElseThrow(DomainException::notFound);
        Centre centre = form.toCentre(id);
        centres.update(centre);
        events.publishEvent(new TrainingRecordChanged("CENTRE_UPDATED", "TrainingCentre", centre.code(),
                centre.nameEn()));
    }

    @Transactional
    public long addRoom(long centreId, String name, int seats) {
        Centre centre = centres.byId(centreId).orElseThrow(DomainException::notFound);
        if (name == null || name.isBlank()) {
            throw new DomainException(400, "training.room.name.required");
        }
        if (seats < 1 || seats > 500) {
            throw new DomainException(400, "training.room.seats.invalid");
        }
        if (centres.roomTaken(centreId, name.strip())) {
            throw new DomainException(409, "training.room.taken", name.strip());
        }
        long id = centres.addRoom(centreId, name.strip(), seats);
        events.publishEvent(new TrainingRecordChanged("ROOM_ADDED", "TrainingCentre", centre.code(),
                name.strip() + ", " + seats + " seats"));
        return id;
    }
}
